#!/usr/bin/env bash
# Debian's Chromium (and fonts with Vietnamese glyphs) for the web page's browser tests
# (test/web/*.test.ts drive it with playwright-core). Idempotent: does nothing when it is there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium fonts-liberation fonts-dejavu-core
