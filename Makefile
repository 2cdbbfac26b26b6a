# Everything the project needs is installed by these targets into ./.venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint lint-code eval bench model review clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

# Compiling every language's patterns takes seconds; done once here, each start then loads the
# compiled form from the cache (rebuilt by itself whenever the knowledge files change).
install: $(STAMP)
	@$(BIN)/python -c "from selfcare.assistant.engine import engine; engine().warm()"

run: install
	$(BIN)/selfcare serve

lint: install lint-code

# The linters alone (the venv must exist): `make test` runs them alongside the tests.
lint-code: $(STAMP)
	$(BIN)/ruff check src tests bench eval webhook_server.py
	$(BIN)/ruff format --check src tests bench eval webhook_server.py
	$(BIN)/mypy

# Every test, and the linters alongside (mypy from a clean clone is ~11 s of CPU). The tests
# run in TEST_WORKERS processes (pytest-xdist), a file per process at a time: the service's tests
# mostly wait on servers, databases and kills while the assistant's are pure CPU, so three on
# a 2-core machine keep both cores busy. Each process has a PostgreSQL database of its own
# (tests/conftest.py). Any failure fails the target; the twelve slowest tests are listed.
TEST_WORKERS ?= 3
test: install
	@$(MAKE) --no-print-directory lint-code > .lint.log 2>&1 & lint=$$!; \
	$(BIN)/pytest -q -n $(TEST_WORKERS) --dist loadfile --durations=12; tests=$$?; \
	wait $$lint; linted=$$?; \
	echo "--- lint (run alongside) ---"; cat .lint.log; \
	test $$tests -eq 0 -a $$linted -eq 0

# Our own sets, then the held-out ones (figures only), with the similarity layer and without.
eval: install
	$(BIN)/selfcare eval $(wildcard ../shared/vignettes/dev.jsonl) tests/data/vignettes/*.jsonl eval/blind/*.jsonl
	$(BIN)/selfcare eval --no-similarity --no-invariants $(wildcard ../shared/vignettes/dev.jsonl) tests/data/vignettes/*.jsonl eval/blind/*.jsonl

bench: install
	$(BIN)/python -m bench

# Retrain the similarity layer and the crisis models after changing knowledge/training/ or
# knowledge/crisis/ (needs scikit-learn).
model: install
	$(BIN)/pip install --quiet -e '.[model]'
	$(BIN)/python eval/train_similarity.py
	$(BIN)/python eval/train_crisis.py

# Side-by-side documents (English and each language) for review by a fluent clinician.
LANGUAGES := $(filter-out en,$(notdir $(wildcard src/selfcare/assistant/knowledge/languages/*)))
review: install
	mkdir -p docs/review
	for code in $(LANGUAGES); do $(BIN)/selfcare rules --markdown --language $$code > docs/review/$$code.md; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
