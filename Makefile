# The two set-up commands of the README: `make demo` and `make test`.
# Works on a fresh Debian machine as root: creates .venv, installs the package, installs Debian's
# chromium with apt when it is missing (never a downloaded browser).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export DEBIAN_FRONTEND := noninteractive

.PHONY: setup demo test lint
setup: $(STAMP) /usr/bin/chromium

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q -U pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

/usr/bin/chromium:
	apt-get update -qq && apt-get install -y -qq chromium

demo: setup
	$(VENV)/bin/eindex demo

test: setup
	$(VENV)/bin/pytest

lint: setup
	$(VENV)/bin/ruff check .
