#!/usr/bin/env bash
# Rebuilds dist/ and fails if it differs from what is committed: the action runs dist/, not src/.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ is not what the build produces. Run 'npm run build' and commit dist/:" >&2
  git status --short -- dist >&2
  git --no-pager diff --stat -- dist >&2
  exit 1
fi
echo "dist/ is up to date."
