#!/usr/bin/env bash
# npm run bench: bundles scripts/bench.ts and runs it against engines of both
# image stores (started when none answers). Arguments go to the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# remote-containerd: an engine that cannot reach this machine, measured through the OCI path.
eval "$(scripts/engine.sh up classic containerd remote-containerd)"
npx ncc build scripts/bench.ts -o .bench-build --quiet
node .bench-build/index.js "$@"
