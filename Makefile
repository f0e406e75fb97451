# The two commands a new machine needs: `make demo` and `make test`. Both create .venv when missing
# and reinstall only when pyproject.toml changed since the last install.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# Every install is held to the lock file: the same versions in CI, in the bundle and here.
LOCK := requirements/lock.txt
PIP_INSTALL := $(BIN)/python -m pip install --quiet -c $(LOCK)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: demo test lint bench translations installer test-installer clean screenshots lock audit \
	postgres

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

# The simulator's PostgreSQL tests start a throw-away server from Debian's `postgresql` package
# (bigcust_sim/pgcluster.py). As root (CI) a missing package is installed; anyone else is told how.
postgres:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null; then \
		:; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "installing PostgreSQL (Debian package postgresql) for the simulator's tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; \
	else \
		echo "PostgreSQL is needed by the tests: sudo apt-get install postgresql" >&2; exit 1; \
	fi

test: lint postgres
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-dev postgres
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# Refresh the .ts sources from the code, then compile them into the .qm files the app loads.
translations: $(VENV)/.installed-dev
	$(BIN)/python tools/i18n.py update
	$(BIN)/python tools/i18n.py fill resources/i18n/pending/*.tsv
	$(BIN)/python tools/i18n.py release
	$(BIN)/python tools/i18n.py check

# The guide's own set (Chinese, 1280x720, the smallest screen) in docs/screenshots; the larger
# screen and the English interface beside it, one folder a set.
screenshots: $(VENV)/.installed-dev
	$(BIN)/python tools/screenshots.py --lang zh_CN --size 1280x720 --out docs/screenshots
	$(BIN)/python tools/screenshots.py --lang zh_CN --size 1600x1000 \
		--out docs/screenshots/zh_CN-1600x1000
	$(BIN)/python tools/screenshots.py --lang en --size 1280x720 --out docs/screenshots/en-1280x720
	$(BIN)/python tools/screenshots.py --lang en --size 1600x1000 --out docs/screenshots/en-1600x1000

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
