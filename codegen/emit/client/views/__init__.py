"""What the client templates print, computed here: signatures, docstrings, call arguments.

Templates only loop over these views. Every piece of text taken from the document reaches
generated code through `docstring()` or `literal()` (in `codegen.emit.text`), never as code.
"""

from codegen.emit.client.views.arguments import Arg
from codegen.emit.client.views.client import AuthArg, ClientView, client_view
from codegen.emit.client.views.operations import OpView
from codegen.emit.client.views.paging import PagingView, paging_methods
from codegen.emit.client.views.resources import (
    Draft,
    ResourceView,
    draft,
    resource_models,
    resource_view,
)

__all__ = [
    "Arg",
    "AuthArg",
    "ClientView",
    "Draft",
    "OpView",
    "PagingView",
    "ResourceView",
    "client_view",
    "draft",
    "paging_methods",
    "resource_models",
    "resource_view",
]
