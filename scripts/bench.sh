#!/usr/bin/env bash
# npm run bench: bundles scripts/bench.ts and runs it against engines of both
# image stores and the remote and docker-container builders (started when
# none answers). Arguments go to the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# remote-containerd: an engine that cannot reach this machine, measured through the OCI path.
eval "$(scripts/engine.sh up classic containerd remote-containerd)"
# The remote and docker-container builders, on the containerd engine.
eval "$(scripts/engine.sh builders "$(tr ' ' '\n' <<<"$STAGE_SIZE_ENGINES" | sed -n 's/^containerd=//p')")"
npx ncc build scripts/bench.ts -o .bench-build --quiet
node .bench-build/index.js "$@"
