#!/usr/bin/env bash
# Sets up a fresh machine for the tests, then runs the linters, the layer rules and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
echo "== ruff";          python3 -m ruff check tracker tests benchmarks
echo "== import rules";  lint-imports --no-cache
echo "== mypy";          python3 -m mypy
echo "== pytest";        python3 -m pytest "$@"
