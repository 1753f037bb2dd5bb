#!/usr/bin/env bash
# Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc into
# dist/, or into the folder given. A test checks that the committed dist/
# equals a fresh bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=${1:-dist}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npx ncc build src/index.ts -o "$out/action" --license licenses.txt --quiet
npx ncc build src/cli.ts -o "$out/cli" --quiet
rm -rf "$dest" && mkdir -p "$dest"
cp "$out/action/index.js" "$out/action/licenses.txt" "$out/action/package.json" "$dest/"
cp "$out/cli/index.js" "$dest/cli.js"
chmod +x "$dest/cli.js"
