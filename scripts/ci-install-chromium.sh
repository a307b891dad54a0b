#!/usr/bin/env bash
# Installs Debian's Chromium (and fonts for legible screenshots) for the browser tests, when
# `chromium` is not on PATH yet: CI, a fresh machine. playwright-core drives it; nothing else is
# downloaded. Safe to run again.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "chromium is installed: $(command -v chromium)"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# Headless Chromium needs no sandbox helper (playwright starts it without the setuid sandbox).
$sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-liberation >/dev/null
chromium --version
