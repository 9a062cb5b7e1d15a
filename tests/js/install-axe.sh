#!/usr/bin/env bash
# Install axe-core (the accessibility checker the browser tests inject) from the npm registry
# into a git-ignored folder. Usage: tests/js/install-axe.sh [PREFIX]
set -euo pipefail
cd "$(dirname "$0")/../.."
prefix=${1:-.linimasa-cache/node}
if ! command -v npm >/dev/null 2>&1; then
  echo "install-axe: npm is required (apt-get install npm)" >&2
  exit 1
fi
mkdir -p "$prefix"
npm install --no-save --no-audit --no-fund --prefix "$prefix" axe-core@4.14.1 >&2
test -f "$prefix/node_modules/axe-core/axe.min.js"
