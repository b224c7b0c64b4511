#!/usr/bin/env bash
# Installs VS Code as code-server (from the npm registry) into .cache/code-server, for the
# real-editor test (test/editors/vscode.test.ts). Needs Node 20, a C/C++ toolchain, libkrb5-dev
# and Debian's ripgrep. Idempotent: does nothing when the install is already complete.
#
# Only the npm registry is reached: @vscode/ripgrep's post-install (which downloads its
# binary from elsewhere) is avoided by installing with --ignore-scripts and putting the
# system's rg where the package expects it, then rebuilding the native addons.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${CODE_SERVER_VERSION:-4.100.3}"
PREFIX="${CODE_SERVER_PREFIX:-$PWD/.cache/code-server}"
PKG="$PREFIX/node_modules/code-server"
STAMP="$PREFIX/.installed-$VERSION"

if [[ -f "$STAMP" && -f "$PKG/out/node/entry.js" ]]; then
  echo "code-server $VERSION already installed in $PREFIX"
  exit 0
fi

RG="$(command -v rg || true)"
if [[ -z "$RG" ]]; then
  echo "install-code-server: ripgrep (rg) is required (apt-get install ripgrep)" >&2
  exit 1
fi

start=$(date +%s)
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
echo '{ "private": true }' > "$PREFIX/package.json"

echo "install-code-server: npm install code-server@$VERSION (scripts off)"
npm install --prefix "$PREFIX" --ignore-scripts --no-audit --no-fund --no-save --loglevel=error "code-server@$VERSION"

echo "install-code-server: VS Code's own dependencies (scripts off)"
(cd "$PKG/lib/vscode" && npm install --ignore-scripts --omit=dev --no-audit --no-fund --loglevel=error)

# @vscode/ripgrep's post-install exits early when bin/ exists.
mkdir -p "$PKG/lib/vscode/node_modules/@vscode/ripgrep/bin"
cp "$RG" "$PKG/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
chmod +x "$PKG/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"

echo "install-code-server: npm rebuild (native addons)"
# node-pty's build calls `npx node-gyp`, which must not prompt.
(cd "$PKG/lib/vscode" && npm_config_yes=true npm rebuild --loglevel=error)
(cd "$PREFIX" && npm_config_yes=true npm rebuild argon2 --loglevel=error)

echo "install-code-server: code-server's postinstall"
(cd "$PKG" && npm_config_yes=true npm_config_unsafe_perm=true npm run postinstall --loglevel=error >/dev/null)

touch "$STAMP"
echo "install-code-server: done in $(( $(date +%s) - start )) s ($(du -sh "$PREFIX" | cut -f1))"
