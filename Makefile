# The two commands a new machine needs: `make demo` and `make test`. Both create .venv when missing
# and reinstall only when pyproject.toml changed since the last install.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# Every install is held to the lock file: the same versions in CI, in the bundle and here.
LOCK := requirements/lock.txt
PIP_INSTALL := $(BIN)/python -m pip install --quiet -c $(LOCK)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: demo test lint bench translations installer test-installer clean screenshots lock audit

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# One stamp per extra set, so `make demo` does not pull the test tools and `make test` does.
$(VENV)/.installed-sim: pyproject.toml setup.py $(LOCK) | $(BIN)/python
	$(PIP_INSTALL) -e '.[sim]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml setup.py $(LOCK) | $(BIN)/python
	$(PIP_INSTALL) -e '.[dev]'
	touch $@ $(VENV)/.installed-sim

demo: $(VENV)/.installed-sim
	$(BIN)/bigcust-desktop --demo

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-dev
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# Refresh the .ts sources from the code, then compile them into the .qm files the app loads.
translations: $(VENV)/.installed-dev
	$(BIN)/python tools/i18n.py update
	$(BIN)/python tools/i18n.py fill resources/i18n/pending/*.tsv
	$(BIN)/python tools/i18n.py release
	$(BIN)/python tools/i18n.py check

screenshots: $(VENV)/.installed-dev
	$(BIN)/python tools/screenshots.py

$(VENV)/.installed-installer: pyproject.toml setup.py $(LOCK) | $(BIN)/python
	$(PIP_INSTALL) -e '.[installer]'
	touch $@

$(VENV)/.installed-maintain: pyproject.toml setup.py $(LOCK) | $(BIN)/python
	$(PIP_INSTALL) -e '.[maintain]'
	touch $@

# Re-resolve the lock after a change of pyproject.toml, keeping every pin that still fits;
# `make lock UPGRADE=1` moves every package to its newest allowed version. Needs the network.
lock: $(VENV)/.installed-maintain
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
		$(if $(UPGRADE),--upgrade) --quiet -o $(LOCK)

# Known vulnerabilities of every locked package (PyPI's advisory data; needs the network).
audit: $(VENV)/.installed-maintain
	$(BIN)/pip-audit --strict --no-deps --disable-pip --progress-spinner off -r $(LOCK)

# The one-folder bundle of this machine's platform: dist/bigcust-desktop/ (installer/README.md).
installer: $(VENV)/.installed-installer
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
		installer/bigcust-desktop.spec
	dist/bigcust-desktop/bigcust-desktop --version

# Builds the bundle (through `make installer`) and runs its --self-check and --version.
test-installer: $(VENV)/.installed-installer $(VENV)/.installed-dev
	$(BIN)/python -m pytest -m slow tests/installer

clean:
	rm -rf build dist .pytest_cache .ruff_cache
