#!/usr/bin/env bash
# The whole test suite: type-check, lint, unit tests, builds, end-to-end tests in real Chromium and Firefox.
# Ends with one line `N passed, M failed` (unit + e2e tests), exit code non-zero on any failure.
# What does not depend on each other runs at the same time (the machine's cores, and the time browsers
# spend waiting): type-check, lint and builds; then the unit tests beside the end-to-end files, which
# run E2E_JOBS tests at once (default 3), longest first, each in its own browser. Every test still runs.
set -uo pipefail
cd "$(dirname "$0")/.."
fail=0
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
started=$(date +%s)
step() { echo; echo "▶ $* ($(($(date +%s) - started)) s)"; }
# Runs a command, then notes its wall time and the CPU time (user + system) of all it started, from `times`
# (its second line: the children's; never through a pipe, whose subshell has no children) in $logs/NAME.cost.
# `cost NAME` prints them.
measured() {
  local name=$1 t0 rc=0
  shift
  t0=$(date +%s)
  "$@" || rc=$?
  { echo "$(($(date +%s) - t0))"; times; } >"$logs/$name.cost"
  return "$rc"
}
cost() {
  awk -v name="$1" 'NR == 1 { wall = $1 }
    NR == 3 { split($1, u, /[ms]/); split($2, s, /[ms]/); cpu = u[1] * 60 + u[2] + s[1] * 60 + s[2] }
    END { printf "  %s: %.0f s CPU, %d s wall\n", name, cpu, wall }' "$logs/$1.cost" | tee -a "$logs/costs"
}
# Runs a command in the background, its output kept for later; `finish NAME` prints it, its status and cost.
declare -A pids
bg() { local name=$1; shift; (measured "$name" "$@") >"$logs/$name.log" 2>&1 & pids[$name]=$!; }
finish() {
  local name=$1 rc=0
  wait "${pids[$name]}" || rc=$?
  cat "$logs/$name.log"
  if [ "$rc" -ne 0 ]; then echo "✗ $name (code $rc)"; fail=1; fi
  cost "$name"
}

step "Browsers (Debian's chromium and firefox-esr)"
bash scripts/ensure-chromium.sh || fail=1
bash scripts/ensure-firefox.sh || fail=1

step "Type-check (tsc), lint and format (biome), builds (Chrome, Firefox, and their test builds) — at the same time"
bg tsc npx tsc --noEmit
bg biome npx biome check .
# WXT builds share .wxt/: one after the other.
builds() {
  npx wxt build >/dev/null && npx wxt build -b firefox --mv3 >/dev/null && npx wxt build --mode test >/dev/null &&
    npx wxt build -b firefox --mv3 --mode test >/dev/null && node scripts/check-build.mjs
}
bg builds builds
finish tsc
finish biome
finish builds

step "Unit tests (vitest) beside the end-to-end tests (Chromium + Firefox with the extension)"
rm -f .vitest-report.json tests/e2e/artifacts/results.json tests/e2e/artifacts/results-firefox.json
bg vitest npx vitest run --reporter=default --reporter=json --outputFile=.vitest-report.json
# No artifact screenshots (tests/e2e/shots.mjs): E2E_SCREENSHOTS=1 npm test keeps them.
(E2E_SCREENSHOTS=${E2E_SCREENSHOTS:-0} measured e2e node tests/e2e/run.mjs --both --jobs "${E2E_JOBS:-3}") || fail=1
cost e2e
step "Unit tests (vitest), their report"
finish vitest

# The tests that failed, or passed only on a retry, with the start of their error: at the end of the output,
# where a truncated log still shows them.
node -e '
const fs = require("fs");
const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
const head = (e) => String(e ?? "").split("\n").slice(0, 6).map((l) => "      " + l).join("\n");
const u = read(".vitest-report.json");
for (const file of u?.testResults ?? [])
  for (const t of file.assertionResults ?? [])
    if (t.status === "failed") console.log(`✗ unit ${file.name.replace(process.cwd() + "/", "")} › ${t.fullName}\n${head(t.failureMessages?.[0])}`);
for (const f of ["results.json", "results-firefox.json"])
  for (const r of read(`tests/e2e/artifacts/${f}`)?.results ?? []) {
    if (!r.ok) console.log(`✗ e2e ${f === "results.json" ? "chromium" : "firefox"} ${r.file} › ${r.name}\n${head(r.error)}`);
    else if (r.flaky) console.log(`⚠ flaky e2e ${r.file} › ${r.name} (passed on try ${r.attempts}); first error:\n${head(r.firstError)}`);
  }
'
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
echo "Time per stage (CPU: user + system of every process the stage started; the machine's cores share it):"
cat "$logs/costs"
echo "($(($(date +%s) - started)) s)"
exit "$fail"
