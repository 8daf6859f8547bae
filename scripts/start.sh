#!/usr/bin/env bash
# Sets up a fresh machine and starts the application on its embedded defaults (SQLite in the user's
# data folder; on first run it offers the sample contracts from contracts/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec tracker "$@"
