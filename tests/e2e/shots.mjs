// The e2e tests' screenshots, kept in tests/e2e/artifacts/ to look at after a run. `npm test` skips them
// (E2E_SCREENSHOTS=0): a full-page shot costs the browser about 0.7 s of CPU, and on a 2-core machine
// the suite is bound by CPU. scripts/screenshots.mjs takes the screens that are reviewed.

/** `target.screenshot(options)` (a Playwright or puppeteer page, locator or element), unless skipped. */
export function shot(target, options) {
  return process.env.E2E_SCREENSHOTS === '0' ? Promise.resolve() : target.screenshot(options);
}
