# Two commands do all the set-up: `make run` (the main job) and `make test`.
# Both create .venv and install the pinned dependencies on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
EXAMPLE := evals/fixtures/seed_iraqi_militias_syria/article.txt

.PHONY: install run serve test eval eval-live record bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Summarize the example article on the embedded model (no network, no key).
run: $(STAMP)
	$(BIN)/summarizer summarize $(EXAMPLE) --format markdown

## The desk service on http://127.0.0.1:8000/ui; the first run prints a token named "desk" (once).
serve: $(STAMP)
	@$(BIN)/summarizer token create desk 2>/dev/null && echo "(the token above signs in at /ui; it is not shown again)" || true
	$(BIN)/summarizer serve

## The whole test suite (the embedded model, a llama.cpp server on loopback, headless Chromium).
test: $(STAMP)
	$(BIN)/python -m pytest

## Score the committed recordings against the fixtures (no model; seconds).
eval: $(STAMP)
	$(BIN)/summarizer eval --fixtures evals/fixtures --replay evals/recordings --thresholds evals/thresholds.json

## Score live on the embedded model.
eval-live: $(STAMP)
	$(BIN)/summarizer eval --fixtures evals/fixtures

## Re-record the embedded model's exchanges on the fixtures (after a prompt or rule change).
record: $(STAMP)
	PYTHON=$(BIN)/python evals/record.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache
