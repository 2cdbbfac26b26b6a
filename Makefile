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

# Every test, and the linters. The assistant's tests are pure CPU; the service's mostly wait on
# servers and databases, so the linters (mypy from a clean clone is ~11 s of CPU) and the
# assistant's tests run alongside the service half, and the service half's one pure-CPU test
# (the assistant benchmark's smoke test: a first start compiles every pattern) runs with the
# assistant's: the whole takes about as long as the longer half. Any failure fails the target.
CPU_TESTS := tests/assistant tests/bench/test_bench_assistant.py
test: install
	@$(MAKE) --no-print-directory lint-code > .lint.log 2>&1 & lint=$$!; \
	$(BIN)/pytest -q -p no:cacheprovider $(CPU_TESTS) > .assistant-tests.log 2>&1 & pid=$$!; \
	$(BIN)/pytest -q $(addprefix --ignore=,$(CPU_TESTS)); service=$$?; \
	wait $$pid; assistant=$$?; wait $$lint; linted=$$?; \
	echo "--- lint (run alongside) ---"; cat .lint.log; \
	echo "--- $(CPU_TESTS) (run alongside) ---"; tail -n 25 .assistant-tests.log; \
	test $$service -eq 0 -a $$assistant -eq 0 -a $$linted -eq 0

# Our own sets, then the held-out ones (figures only), with the similarity layer and without.
eval: install
	$(BIN)/selfcare eval $(wildcard ../shared/vignettes/dev.jsonl) tests/data/vignettes/*.jsonl eval/blind/*.jsonl
	$(BIN)/selfcare eval --no-similarity --no-invariants $(wildcard ../shared/vignettes/dev.jsonl) tests/data/vignettes/*.jsonl eval/blind/*.jsonl

bench: install
	$(BIN)/python -m bench

# Retrain the similarity layer after changing knowledge/training/ (needs scikit-learn).
model: install
	$(BIN)/pip install --quiet -e '.[model]'
	$(BIN)/python eval/train_similarity.py

# Side-by-side documents (English and each language) for review by a fluent clinician.
LANGUAGES := $(filter-out en,$(notdir $(wildcard src/selfcare/assistant/knowledge/languages/*)))
review: install
	mkdir -p docs/review
	for code in $(LANGUAGES); do $(BIN)/selfcare rules --markdown --language $$code > docs/review/$$code.md; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
