#!/usr/bin/env bash
# Regenerates the admin UI screenshots shown in the README (docs/screenshots/): runs the browser
# tests (AdminUiIT, headless Chromium on the real WAR) and copies the dashboard and job pages.
# Needs what scripts/test.sh installs (chromium, chromium-driver, nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
select_jdk
./mvnw -B -ntp -q verify -pl it -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.browserOnly=true -Dit.test=AdminUiIT
mkdir -p docs/screenshots
for page in dashboard job; do
  cp "it/target/screenshots/$page.png" "docs/screenshots/$page.png"
done
echo "Updated docs/screenshots/dashboard.png and docs/screenshots/job.png"
