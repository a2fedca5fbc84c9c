"""The emit step: the IR -> every file of the generated package, in memory (`emission.py`).

Its modules are imported by what uses them, so that running the model writer (`models/`)
does not load the renderers.
"""
