#!/usr/bin/env bash
# Makes sure Debian's Firefox ESR is installed: installs it when root with apt, else says what to install.
set -euo pipefail
if [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ]; then exit 0; fi
for p in /usr/bin/firefox-esr /usr/lib/firefox-esr/firefox-esr /usr/bin/firefox; do [ -x "$p" ] && exit 0; done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Firefox absent : installation du paquet Debian « firefox-esr »…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends firefox-esr >/dev/null
  exit 0
fi
echo "Firefox est nécessaire aux tests de bout en bout dans Firefox." >&2
echo "Installez-le : sudo apt-get install -y firefox-esr   (ou indiquez FIREFOX_PATH=/chemin/vers/firefox)" >&2
exit 1
