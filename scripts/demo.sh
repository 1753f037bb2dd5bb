#!/usr/bin/env bash
# The demo: the real pipeline (build every stage, measure each image) on the
# sample app in examples/sample-app, printing the per-stage table. Installs the
# npm packages and starts a Docker engine when none answers. (npm run
# demo:regression shows the comparison with a base commit and the gate.)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
eval "$(scripts/engine.sh up any)"
node dist/cli.js examples/sample-app --no-base "$@"
