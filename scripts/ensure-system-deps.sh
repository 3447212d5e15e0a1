#!/usr/bin/env bash
# Runs before `npm test` (npm's pretest): the browser tests need Debian's Chromium, and the export
# tests need poppler-utils (pdfinfo, pdftotext, pdftoppm) and LibreOffice Impress (soffice), which
# opens every exported deck as a presenter's program would. Installs what is missing when it can
# (root with apt-get, as on this project's machines), or says what to install.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-impress)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the browser and export tests…"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
else
  echo "The tests need: ${missing[*]} (Debian packages). Install them, or set CHROMIUM_PATH to a Chromium." >&2
  exit 1
fi
