# The two set-up commands: `make generate` and `make test`. Both create the environment first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate check test unit packages contract fuzz corpus bench clean

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

## every test: unit tests, the generated packages' own tests and checks, the Prism contract tests
test: $(STAMP) node_modules/.installed
	$(PY) -m pytest tests

## every operation of every generated package through a Prism mock server, static and dynamic
contract: $(STAMP) node_modules/.installed
	$(PY) -m pytest tests/contract

## the property-based conformance tests with many more examples, new ones each run
FUZZ_EXAMPLES ?= 200
fuzz: $(STAMP)
	CONFORMANCE_EXAMPLES=$(FUZZ_EXAMPLES) CONFORMANCE_RANDOM=1 $(PY) -m pytest tests/conformance

# Prism, installed locally from the lock file, again whenever the lock file changes
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch node_modules/.installed

# openapi-python-client, the tool `corpus` and `bench` compare against, in its own virtualenv
COMPARE := .venv-compare
COMPARE_STAMP := $(COMPARE)/.installed

$(COMPARE_STAMP): scripts/requirements-compare.txt
	$(PYTHON) -m venv $(COMPARE)
	$(COMPARE)/bin/python -m pip install --quiet --upgrade "pip==26.3"
	$(COMPARE)/bin/python -m pip install --quiet -r scripts/requirements-compare.txt
	touch $(COMPARE_STAMP)

## both generators over the real-world corpus in ../shared/corpus (report: .corpus-out/)
corpus: $(STAMP) $(COMPARE_STAMP)
	$(PY) scripts/corpus.py

## time both generators on Xero Accounting's and GitHub's descriptions (cache: .bench-out/)
bench: $(STAMP) $(COMPARE_STAMP)
	$(PY) scripts/bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
