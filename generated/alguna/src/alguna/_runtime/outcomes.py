"""What a response comes to once it is the last: the documented data, or the error to raise."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import httpx
import pydantic

from .call import Call
from .deviations import Deviation
from .errors import ApiError, ApiStatusError, ResponseValidationError, error_class
from .parse import decode_body, parse_error_body, parse_success, select
from .redact import Redactor
from .response import RateLimit, request_id

__all__ = ["parse_data", "status_error"]

_BODY_SNIPPET = 500


def parse_data(
    call: Call[Any],
    response: httpx.Response,
    method: str,
    redactor: Redactor,
    *,
    strict: bool,
    logger: logging.Logger,
) -> Any:
    """The body of a success as its documented type.

    A value that deviates from it is kept as received and logged as one warning for the
    response; `ResponseValidationError` when `strict`, or when the body cannot be kept.
    """
    spec = select(call.responses, response.status_code)
    deviations: list[Deviation] = []
    try:
        data = parse_success(spec, response, strict=strict, deviations=deviations)
    except (pydantic.ValidationError, ValueError) as exc:
        errors: list[Any] = []
        if isinstance(exc, pydantic.ValidationError):
            errors = [dict(e) for e in exc.errors(include_url=False, include_input=False)]
            detail = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or '(body)'}: {e['msg']}" for e in errors
            )
        else:
            detail = "the body is not valid JSON"
        raise ResponseValidationError(
            redactor.text(
                f"{call.operation_id}: the {response.status_code} response of "
                f"{method} {redactor.url(response.request.url)} does not match "
                f"its documented type (request id {request_id(response.headers)}): {detail}"
            ),
            response=response,
            body=decode_body(response),
            errors=errors,
        ) from exc
    if deviations:
        logger.warning(
            "%s",
            redactor.text(
                f"{call.operation_id}: the {response.status_code} response of "
                f"{method} {redactor.url(response.request.url)} deviates from its "
                f"documented type (request id {request_id(response.headers)}); the values "
                "received are kept: " + "; ".join(f"{d.location}: {d.message}" for d in deviations)
            ),
        )
    return data


def status_error(
    errors: Mapping[str, type[ApiStatusError]],
    call: Call[Any],
    response: httpx.Response,
    rate_limit: RateLimit | None,
    rid: str | None,
    *,
    note: str,
    method: str,
    redactor: Redactor,
) -> ApiError:
    """The error class the client maps the status to, with the body as documented."""
    status = response.status_code
    body = parse_error_body(select(call.error_bodies, status), response)
    snippet = response.text.strip().replace("\n", " ")
    if len(snippet) > _BODY_SNIPPET:
        snippet = snippet[:_BODY_SNIPPET] + "..."
    message = (
        f"{status} {response.reason_phrase} from {method} "
        f"{redactor.url(response.request.url)} (request id {rid})"
        + (f" {note}" if note else "")
        + (f": {snippet}" if snippet else "")
    )
    cls = error_class(errors, status)
    return cls(
        redactor.text(message),
        response=response,
        body=body,
        request_id=rid,
        rate_limit=rate_limit,
    )
