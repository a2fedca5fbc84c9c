"""What the client templates print, computed here: signatures, docstrings, call arguments.

Templates only loop over these views. Every piece of text taken from the document reaches
generated code through `docstring()` or `literal()` (in `text`), never as code.
"""

from codegen.emit.views.arguments import Arg
from codegen.emit.views.client import AuthArg, ClientView, client_view
from codegen.emit.views.operations import OpView
from codegen.emit.views.paging import PagingView, paging_methods
from codegen.emit.views.resources import ResourceView, resource_view
from codegen.emit.views.text import (
    api_title,
    comment_text,
    docstring,
    escaped,
    export_order,
    literal,
)

__all__ = [
    "Arg",
    "AuthArg",
    "ClientView",
    "OpView",
    "PagingView",
    "ResourceView",
    "api_title",
    "client_view",
    "comment_text",
    "docstring",
    "escaped",
    "export_order",
    "literal",
    "paging_methods",
    "resource_view",
]
