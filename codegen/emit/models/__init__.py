"""The models product: `models.py`, the IR's models as pydantic classes.

`datamodel.py` makes the request for datamodel-code-generator, which `writer.py` sends to it
once with every model (`writer_process.py`); `datamodel.py`, `classes.py`, `literals.py` and
`extras.py` finish its output (names, open enums, discriminated unions, readOnly lists) and
check it against the IR.
"""
