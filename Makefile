# The two set-up commands: `make generate` and `make test`. Both create the environment first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate check test unit packages contract corpus bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip==26.3"
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## regenerate every provider's package under generated/
generate: $(STAMP)
	$(PY) -m codegen generate

## exit 1 when generated/ is not what `generate` would write
check: $(STAMP)
	$(PY) -m codegen check

## every test: the generator's unit tests, the generated packages' own tests and checks
test: $(STAMP)
	$(PY) -m pytest tests

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
