# The two set-up commands of the README: `make demo` and `make test`.
# Works on a fresh Debian machine as root: creates .venv, installs the package, installs Debian's
# chromium with apt when it is missing (never a downloaded browser).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export DEBIAN_FRONTEND := noninteractive

.PHONY: setup demo test lint
HTMX := api/static/vendor/htmx.min.js
HTMX_VERSION := 2.0.8

setup: $(STAMP) /usr/bin/chromium $(HTMX)

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q -U pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# htmx for the review pages, vendored from the npm registry's package (never a CDN); the pages work
# without it, so a machine without npm only loses the in-place updates.
$(HTMX):
	@command -v npm >/dev/null || { echo "npm not found: review pages run without htmx"; exit 0; }; \
	tmp=$$(mktemp -d) && (cd $$tmp && npm pack --silent htmx.org@$(HTMX_VERSION) >/dev/null && \
	  tar -xzf htmx.org-$(HTMX_VERSION).tgz package/dist/htmx.min.js) && \
	mkdir -p $(@D) && cp $$tmp/package/dist/htmx.min.js $@ && rm -rf $$tmp

/usr/bin/chromium:
	apt-get update -qq && apt-get install -y -qq chromium

demo: setup
	$(VENV)/bin/eindex demo

test: setup
	$(VENV)/bin/pytest

lint: setup
	$(VENV)/bin/ruff check .
