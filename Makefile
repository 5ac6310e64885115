# Einblick – two commands for newcomers: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# pytest-xdist workers for `make test` (0 = one process); see tests/parallel.py.
TEST_WORKERS ?= 2
STAMP := $(VENV)/.installed

.PHONY: install demo test lint format bench chaos browser-deps clean-db help

help:
	@echo "make demo   – start the demo portal (Jena, Weimar, cross-region portal) on port $(PORT)"
	@echo "make test   – checks, lint and the full test suite against real PostgreSQL"
	@echo "make bench  – benchmarks (print their figures)"
	@echo "make lint   – ruff lint + format check"

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[dev]"
	@# Import roots `.` and `platform/` for tools run without manage.py (lint-imports); appended
	@# after the stdlib, so the stdlib `platform` module still wins.
	@printf '%s\n%s\n' "$(CURDIR)" "$(CURDIR)/platform" > "$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/einblick-roots.pth"
	@touch $(STAMP)

install: $(STAMP)

# Debian's chromium for browser tests and axe-core from npm; never a downloaded browser build.
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else echo "chromium fehlt: sudo apt-get install chromium"; fi; fi
	@if [ -f tests/browser/package.json ] && [ ! -d tests/browser/node_modules ] && command -v npm >/dev/null; then \
		npm --prefix tests/browser ci --silent --no-audit --no-fund; fi

demo: install
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py setup_demo
	$(PY) manage.py runserver 0.0.0.0:$(PORT)

test: install browser-deps
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	PYTHONPATH=.:platform $(VENV)/bin/lint-imports
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup --durations=30

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	PYTHONPATH=.:platform $(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install
	$(PY) -m pytest tests/benchmarks -s -p no:randomly -o testpaths=tests/benchmarks -o norecursedirs=node_modules

# Stops `make demo` ten times at random moments, then proves demo and checks still start.
chaos: install
	$(PY) tests/chaos/stop_demo.py

clean-db:
	rm -rf .data/postgres
