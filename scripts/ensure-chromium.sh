#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed: installs it when root with apt, else says what to install.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
for p in /usr/bin/chromium /usr/lib/chromium/chromium; do [ -x "$p" ] && exit 0; done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium absent : installation du paquet Debian « chromium »…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  exit 0
fi
echo "Chromium est nécessaire aux tests de bout en bout et à la démo." >&2
echo "Installez-le : sudo apt-get install -y chromium   (ou indiquez CHROMIUM_PATH=/chemin/vers/chromium)" >&2
exit 1
