#!/usr/bin/env sh
# Regenerate evals/recordings: run every fixture live and keep each model exchange,
# so `summarizer eval --replay evals/recordings` can score without a model.
#
#   evals/record.sh                          # the embedded model, its default strategy
#   MODEL=openai/gpt-4o-mini STRATEGY=single_pass evals/record.sh
#   evals/record.sh --only short_kenyan_troops_gedo   # extra flags go to `summarizer eval`
#
# Recordings of the same model and strategy from older prompt versions are
# replaced, those of other models and strategies are kept. The run's report
# (report.json, report.md) is saved next to the recordings as the baseline.
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
MODEL=${MODEL:-embedded}
STRATEGY=${STRATEGY:-auto}
FIXTURES=${FIXTURES:-evals/fixtures}
OUT=${OUT:-evals/recordings}

fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
"$PYTHON" -m summarizer.cli eval --fixtures "$FIXTURES" --model "$MODEL" --strategy "$STRATEGY" \
    --record "$fresh" --json "$fresh/report.json" --markdown "$fresh/report.md" "$@"

for folder in "$fresh"/*/*/; do
    relative=${folder#"$fresh"/}
    relative=${relative%/}
    rm -rf "${OUT:?}/$relative"
    mkdir -p "$OUT/$(dirname "$relative")"
    mv "$folder" "$OUT/$relative"
    cp "$fresh/report.json" "$fresh/report.md" "$OUT/$relative/"
    echo "recorded $OUT/$relative"
done
