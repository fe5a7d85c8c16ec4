#!/usr/bin/env bash
# Runs a command with Node 22 first on PATH: `scripts/with-node22.sh npx vitest run`. Node 22 comes from the
# npm registry (the official binaries packed as node-linux-<arch>), so it needs nothing but npm; it is kept
# in LINLI_NODE22_DIR (default /tmp/linli-node22) and fetched once.
set -euo pipefail
version="${LINLI_NODE22_VERSION:-22}"
dir="${LINLI_NODE22_DIR:-/tmp/linli-node22}"
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "with-node22: no Node 22 package for $(uname -m)" >&2; exit 1 ;;
esac
if [ ! -x "$dir/bin/node" ]; then
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-$arch@$version" >/dev/null && tar xzf node-linux-*.tgz)
  mkdir -p "$dir"
  cp -r "$tmp/package/." "$dir/"
  rm -rf "$tmp"
fi
PATH="$dir/bin:$PATH" exec "$@"
