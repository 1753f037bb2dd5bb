#!/usr/bin/env bash
# Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc. CI
# checks that the committed dist/ equals a fresh run of this script.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npx ncc build src/index.ts -o "$out/action" --license licenses.txt --quiet
npx ncc build src/cli.ts -o "$out/cli" --quiet
rm -rf dist && mkdir dist
cp "$out/action/index.js" dist/index.js
cp "$out/action/licenses.txt" dist/licenses.txt
cp "$out/cli/index.js" dist/cli.js
chmod +x dist/cli.js
cp "$out/action/package.json" dist/package.json
