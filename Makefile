# The two commands a new machine needs: `make run` and `make test`. Both install into .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
WAREHOUSE ?= build/examples.duckdb

export PREFECT_SERVER_ANALYTICS_ENABLED ?= false

.PHONY: install run test test-fast bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	@mkdir -p $(dir $(WAREHOUSE))
	$(BIN)/timeline run examples --warehouse $(WAREHOUSE)
	$(BIN)/timeline show --warehouse $(WAREHOUSE)

test: install
	$(BIN)/python -m pytest

# Unit tests only: no Prefect server, no ../shared.
test-fast: install
	$(BIN)/python -m pytest -m "not slow and not seeds"

bench: install
	$(BIN)/python -m benchmarks.run_all

clean:
	rm -rf build .pytest_cache
