#!/usr/bin/env bash
# Bundles the action (dist/index.js, both of its steps) and the CLI
# (dist/cli.js) with ncc into dist/, or into the folder given. A test checks
# that the committed dist/ equals a fresh bundle.
#
# ncc's output depends only on its inputs, so a bundle is kept in
# node_modules/.cache/stage-size-bundle under the hash of those inputs (the
# sources, the lockfile, this script): bundling the same tree again, as every
# local test run does, copies it instead of running ncc twice.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=${1:-dist}

key=$(
  {
    find src -type f -name '*.ts' | LC_ALL=C sort | xargs sha256sum
    sha256sum package.json package-lock.json tsconfig.json scripts/bundle.sh scripts/licenses.mjs
    node --version
  } | sha256sum | cut -c1-32
)
cache=node_modules/.cache/stage-size-bundle/$key

if [ ! -d "$cache" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  npx ncc build src/index.ts -o "$out/action" --stats-out "$out/action.json" --quiet
  npx ncc build src/cli.ts -o "$out/cli" --stats-out "$out/cli.json" --quiet
  mkdir -p "$out/dist"
  # index.js, the chunks ncc splits off for dynamic imports (@actions/artifact), package.json.
  cp "$out/action/"* "$out/dist/"
  cp "$out/cli/index.js" "$out/dist/cli.js"
  node scripts/licenses.mjs "$out/dist/licenses.txt" "$out/action.json" "$out/cli.json"
  chmod +x "$out/dist/cli.js"
  rm -rf node_modules/.cache/stage-size-bundle
  mkdir -p "$(dirname "$cache")"
  cp -r "$out/dist" "$cache"
fi

rm -rf "$dest" && mkdir -p "$dest"
cp -p "$cache"/* "$dest/"
