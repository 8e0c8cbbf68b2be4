#!/usr/bin/env bash
# Debian's Tesseract with its Vietnamese and orientation (OSD) data, and poppler's pdftoppm, for
# OCR of scanned PDFs and page images (parsers/ocr-*.ts; test/parsers/ocr-parser.test.ts fails
# under CI=true without them). Idempotent: does nothing when everything is there.
set -euo pipefail
have() {
  command -v tesseract >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || return 1
  local langs
  langs="$(tesseract --list-langs 2>/dev/null || true)"
  grep -qx vie <<<"$langs" && grep -qx osd <<<"$langs"
}
if have; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd poppler-utils
