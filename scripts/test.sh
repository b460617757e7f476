#!/usr/bin/env bash
# Runs every test of Prewarm: unit and property tests, repository tests on H2 and on a real
# PostgreSQL, and the integration tests on the real WAR in Payara Micro (including the official
# ESA SDK from npm as a client, and headless Chromium for the admin UI). Installs the Debian
# packages the tests need when they are missing (as root, with apt-get), and picks a JDK >= 21.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

# Debian packages the tests start themselves; each line: a command to look for, then the package.
required_packages=(
  "/usr/lib/postgresql/*/bin/pg_ctl postgresql"
  "/usr/sbin/nginx nginx"
  "/usr/bin/chromium chromium"
  "/usr/bin/chromedriver chromium-driver"
)

missing=()
for entry in "${required_packages[@]}"; do
  probe=${entry% *}; package=${entry##* }
  # shellcheck disable=SC2086 # the probe is a glob on purpose
  compgen -G "$probe" > /dev/null || command -v "$probe" > /dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "The tests need these Debian packages: ${missing[*]}. Install them (apt-get install ${missing[*]}) or run this as root." >&2
    exit 1
  fi
  echo "Installing Debian packages the tests need: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi

# The official ESA SDK, used as a real client by the integration tests.
for tool in node npm; do
  command -v "$tool" > /dev/null || { echo "The tests need Node.js and npm (apt-get install nodejs npm)." >&2; exit 1; }
done
npm ci --prefix it/src/test/node --no-audit --no-fund --loglevel=error

select_jdk
exec ./mvnw -B -ntp clean verify "$@"
