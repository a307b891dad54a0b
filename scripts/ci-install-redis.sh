#!/usr/bin/env bash
# Installs Debian's redis-server for the distributed tests (test/bullmq*.test.ts), when it is not on
# PATH yet: CI, a fresh machine. The tests start it themselves on a free port with a throw-away
# directory; the package's own service is not needed. Safe to run again.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  echo "redis-server is installed: $(command -v redis-server)"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends redis-server >/dev/null
redis-server --version
