"""The example data of one API, computed once, before any product is rendered.

`build.example_data` builds, for every operation, the values it is called with (from the
document's examples, else from samples of its types) and its test case, or why it has none.
The tests, the README (whose blocks run against the same answers) and the report read this
one object (`model.ExampleData`); none of them builds example data of its own. It is built by
the pipeline's front, beside the document's validators, which the data needs (an example is
checked against its schema); the process that renders the package reads it and never loads
them (this package's `__init__` imports nothing).
"""
