#!/usr/bin/env bash
# The whole test suite: type-check, lint, unit tests, builds, end-to-end tests in real Chromium and Firefox.
# Ends with one line `N passed, M failed` (unit + e2e tests), exit code non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
fail=0
step() { echo; echo "▶ $*"; }

step "Browsers (Debian's chromium and firefox-esr)"
bash scripts/ensure-chromium.sh || fail=1
bash scripts/ensure-firefox.sh || fail=1

step "Type-check (tsc)"
npx tsc --noEmit || fail=1

step "Lint and format (biome)"
npx biome check . || fail=1

step "Builds (Chrome, Firefox, Chrome and Firefox test builds)"
if npx wxt build >/dev/null && npx wxt build -b firefox --mv3 >/dev/null && npx wxt build --mode test >/dev/null &&
  npx wxt build -b firefox --mv3 --mode test >/dev/null; then
  node scripts/check-build.mjs || fail=1
else
  echo "build failed"; fail=1
fi

step "Unit tests (vitest)"
rm -f .vitest-report.json
npx vitest run --reporter=default --reporter=json --outputFile=.vitest-report.json || fail=1

step "End-to-end tests (Chromium + extension)"
rm -f tests/e2e/artifacts/results.json tests/e2e/artifacts/results-firefox.json
node tests/e2e/run.mjs || fail=1

step "End-to-end tests (Firefox + extension, WebDriver BiDi)"
node tests/e2e/run.mjs --firefox || fail=1

node -e '
const fs = require("fs");
const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
const u = read(".vitest-report.json") ?? { numPassedTests: 0, numFailedTests: 1 };
const e = read("tests/e2e/artifacts/results.json") ?? { passed: 0, failed: 1 };
const f = read("tests/e2e/artifacts/results-firefox.json") ?? { passed: 0, failed: 1 };
const passed = u.numPassedTests + e.passed + f.passed;
const failed = u.numFailedTests + e.failed + f.failed + Number(process.argv[1]);
console.log(`\nunit: ${u.numPassedTests} passed, ${u.numFailedTests} failed; e2e chromium: ${e.passed} passed, ${e.failed} failed; e2e firefox: ${f.passed} passed, ${f.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
' "$fail"
exit "$fail"
