# Two commands do all the set-up: `make run` (the main job) and `make test`.
# Both create .venv and install the pinned dependencies on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
EXAMPLE := evals/fixtures/seed_iraqi_militias_syria/article.txt

.PHONY: install run serve test eval eval-live record bench clean

# llama-cpp-python ships no Linux wheels, so pip builds it, and by default with -march=native.
# On Xeons with AMX that build crashes (SIGSEGV in ggml_backend_amx_mul_mat) at the first
# generation inside this kind of VM. So we build one portable AVX2 wheel per machine into our own
# wheelhouse (pip's wheel cache is keyed by the sdist, not by CMAKE_ARGS, and may hold a native one).
LLAMA_VERSION    := $(shell sed -n 's/^llama_cpp_python==//p' constraints.txt)
LLAMA_WHEELHOUSE ?= $(HOME)/.cache/summarizer/wheels/llama-portable
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	ls $(LLAMA_WHEELHOUSE)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1 || \
		CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/python -m pip wheel --quiet --no-cache-dir --no-deps \
		-w $(LLAMA_WHEELHOUSE) llama-cpp-python==$(LLAMA_VERSION)
	$(BIN)/python -m pip install --quiet --find-links $(LLAMA_WHEELHOUSE) -c constraints.txt -e '.[test]'
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
