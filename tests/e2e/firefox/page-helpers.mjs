// Small page helpers for the Firefox journeys (puppeteer-core over BiDi has no getByRole/getByText).
import { until } from './browser.mjs';

const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** Waits for an element matching `selector` whose text contains `text` (or matches a RegExp source). */
export async function waitText(page, selector, text, opts = {}) {
  const re = text instanceof RegExp ? { source: text.source, flags: text.flags } : null;
  await until(
    page,
    ([sel, t, r]) => {
      const test = (s) => (r ? new RegExp(r.source, r.flags).test(s) : s.includes(t));
      return [...document.querySelectorAll(sel)].some((el) => test(el.textContent.replace(/\s+/g, ' ')));
    },
    [selector, typeof text === 'string' ? norm(text) : '', re],
    { what: `« ${text} » (${selector})`, ...opts },
  );
}

/** Clicks the first visible element matching `selector` whose text is (or starts with) `text`. */
export async function clickText(page, selector, text, { exact = false, ...opts } = {}) {
  const handle = await until(
    page,
    ([sel, t, ex]) => {
      const els = [...document.querySelectorAll(sel)].filter((el) => {
        const s = el.textContent.replace(/\s+/g, ' ').trim();
        return (ex ? s === t : s.startsWith(t)) && el.getClientRects().length > 0;
      });
      if (!els.length) return false;
      els[0].setAttribute('data-ff-target', '1');
      return true;
    },
    [selector, norm(text), exact],
    { what: `le bouton « ${text} »`, ...opts },
  );
  void handle;
  const el = await page.waitForSelector('[data-ff-target="1"]');
  await el.evaluate((e) => e.removeAttribute('data-ff-target'));
  await el.click();
}

/** Types `text` into a field after emptying it, through the browser's input pipeline (key events). */
export async function typeInto(page, selector, text) {
  const el = await page.waitForSelector(selector);
  await el.click({ count: 3 });
  await el.evaluate((e) => e.select?.());
  await page.keyboard.press('Backspace');
  await el.type(text);
}

/** The values of several fields, keyed by selector. */
export function fieldValues(page, selectors) {
  return page.evaluate(
    (sels) => Object.fromEntries(sels.map((s) => [s, document.querySelector(s)?.value ?? null])),
    selectors,
  );
}

/** Pastes `text` into the comments view's analyser as a person would (one insertText), then presses « Analyser ». */
export async function pasteAndAnalyse(page, text) {
  const area = await page.waitForSelector('.cm-analyze textarea');
  await area.evaluate((el, t) => {
    el.focus();
    document.execCommand('insertText', false, t);
  }, text);
  await clickText(page, 'button', 'Analyser', { exact: true });
}
