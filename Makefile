# The two commands of the README: `make run` builds the dataset from sources/, `make test` runs the tests.
# Both create the environment when it is missing, with nothing but Python 3.11 and make on the machine.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
STAMP := $(VENV)/.installed
export DAGSTER_HOME := $(CURDIR)/.dagster_home
export UV_PYTHON_DOWNLOADS := never

.PHONY: run test dev bench eval train release clean help

help:
	@echo "make run      build the dataset from sources/ into outputs/"
	@echo "make test     run the tests"
	@echo "make eval     score the extraction on the seed gold annotations"
	@echo "make train    fit the learned contribution steps on the real dev split (pkdata train)"
	@echo "make dev      open the Dagster UI (assets, checks, schedule, sensor)"
	@echo "make bench    measure extraction throughput (see README)"
	@echo "make release  cut a release into outputs/releases/"

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# uv.lock pins every package; `uv sync --frozen` installs exactly that into .venv, compiled to bytecode once
# (this machine sets PYTHONDONTWRITEBYTECODE, so otherwise every process recompiles Dagster: seconds per command).
$(STAMP): pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --extra dev --compile-bytecode --python $(PYTHON) --quiet
	@touch $@

$(DAGSTER_HOME)/dagster.yaml:
	@mkdir -p $(DAGSTER_HOME)
	@printf 'telemetry:\n  enabled: false\n' > $@

run: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(VENV)/bin/pkdata build

test: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(VENV)/bin/python -m pytest -q

eval: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(VENV)/bin/pkdata eval --documents sources/documents --gold tests/data/gold/seeds

train: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(VENV)/bin/pkdata train

dev: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(VENV)/bin/dg dev --port 3000

bench: $(STAMP)
	$(VENV)/bin/python bench/throughput.py

release: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(VENV)/bin/pkdata release

clean:
	rm -rf $(VENV) $(TOOLS) .dagster_home .pytest_cache outputs/parquet outputs/*.duckdb outputs/.cache \
		outputs/builds outputs/current outputs/run_metadata.json outputs/.lock
