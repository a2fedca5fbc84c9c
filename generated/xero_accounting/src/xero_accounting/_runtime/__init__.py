"""The runtime every generated client package carries: transport, auth, retries, parsing.

The generated `_client.py`, `resources/`, `errors.py` and `models.py` use these names; user
code normally reaches them through the package's own exports.
"""

from importlib import import_module
from typing import TYPE_CHECKING

from .auth import ApiKeyAuth, Auth, BasicAuth, BearerAuth, OAuth2AccessToken, Sensitive
from .call import Call, Encoding, FileInput, Param, ResponseSpec
from .client import AsyncCore, SyncCore
from .config import ClientConfig
from .credentials import CredentialSource, Secret, credential
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    ClientStatusError,
    MissingCredentialsError,
    OAuth2TokenError,
    ResponseValidationError,
    ServerStatusError,
)
from .oauth2 import OAuth2ClientCredentials
from .options import RequestOptions
from .response import ApiResponse, AsyncStreamedResponse, RateLimit, StreamedResponse
from .variants import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from .models import (
        BaseModel,
        OpenEnum,
        OpenIntEnum,
        OpenStrEnum,
        PolymorphicModel,
        StrictModel,
        UnknownVariant,
        is_known,
        lenient,
    )

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiKeyAuth",
    "ApiResponse",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncCore",
    "AsyncStreamedResponse",
    "Auth",
    "BaseModel",
    "BasicAuth",
    "BearerAuth",
    "Call",
    "ClientConfig",
    "ClientStatusError",
    "CredentialSource",
    "Encoding",
    "FileInput",
    "MissingCredentialsError",
    "OAuth2AccessToken",
    "OAuth2ClientCredentials",
    "OAuth2TokenError",
    "OpenEnum",
    "OpenIntEnum",
    "OpenStrEnum",
    "Param",
    "PolymorphicModel",
    "RateLimit",
    "RequestOptions",
    "ResponseSpec",
    "ResponseValidationError",
    "Secret",
    "Sensitive",
    "ServerStatusError",
    "StreamedResponse",
    "StrictModel",
    "SyncCore",
    "UnknownVariant",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "credential",
    "is_known",
    "lenient",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

# The models' bases need pydantic's model machinery, the costliest import of all: it is loaded
# with the first model (or response parsed), not with the client.
_MODELS = frozenset(
    {"BaseModel", "OpenEnum", "OpenIntEnum", "OpenStrEnum", "PolymorphicModel", "StrictModel"}
    | {"UnknownVariant", "is_known", "lenient"}
)


def __getattr__(name: str) -> object:
    if name in _MODELS:
        return getattr(import_module(".models", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
