#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs the npm packages when they
# are missing, makes sure a Docker engine of each image store answers (starting
# private ones when needed), then type-checks, lints and runs every test.
# Extra arguments go to jest (e.g. a test file's path).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
# The remote-* engines run in their own network namespaces, as Docker Desktop's
# VM and ssh:// or tcp:// engines do: they cannot reach this machine's 127.0.0.1.
eval "$(scripts/engine.sh up classic containerd remote-classic remote-containerd)"
# The buildx builders most users run (remote, docker-container), on the containerd engine.
eval "$(scripts/engine.sh builders "$(tr ' ' '\n' <<<"$STAGE_SIZE_ENGINES" | sed -n 's/^containerd=//p')")"
# The registry tests compare against a real registry (Debian's docker-registry);
# the comment is rendered with GitHub's own parser (Debian's cmark-gfm).
command -v docker-registry >/dev/null || scripts/engine.sh apt docker-registry
command -v cmark-gfm >/dev/null || scripts/engine.sh apt cmark-gfm

export STAGE_SIZE_CACHE_DIR=${STAGE_SIZE_CACHE_DIR:-$(mktemp -d)}
npx tsc --noEmit -p .
npx eslint .
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 npx jest "$@"
