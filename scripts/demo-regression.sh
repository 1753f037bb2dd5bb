#!/usr/bin/env bash
# The gate at work: copies examples/sample-app into a temporary git repository
# (base commit on main), adds a head commit on a branch that bloats the runtime
# image (it copies the whole dependency tree, then makes it read-only in a
# later layer, which stores it twice), and runs the CLI, which fails with the
# gate's message. Extra arguments go to the CLI, e.g.
#   npm run demo:regression -- --fail-on-regression false
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
eval "$(scripts/engine.sh up any)"

repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
cp -r examples/sample-app/. "$repo/"
git_() { git -C "$repo" -c user.name=demo -c user.email=demo@stage-size.invalid "$@"; }
git_ init --quiet --initial-branch=main
git_ add --all && git_ commit --quiet -m "sample app"
git_ checkout --quiet -b bloat
# The regression: the runtime now ships the dependency tree it only needed to
# build, and a later layer changes its permissions, which stores it twice.
sed -i 's|^COPY --from=build /out/ /app/$|&\nCOPY --from=deps /deps/ /app/deps/\nRUN chmod -R a-w /app/deps|' "$repo/Dockerfile"
git_ commit --quiet -am "ship the dependencies too"
echo "Head commit: $(git_ log --oneline -1)" >&2
echo "$ stage-size $* (in a repository on branch bloat, base: main)" >&2
status=0
# From inside the repository, as a workflow runs: the report names ./Dockerfile.
cli=$PWD/dist/cli.js
(cd "$repo" && node "$cli" . "$@") || status=$?
echo "exit status: $status" >&2
exit "$status"
