// The counter badge in Firefox: per keystroke, past the limit, cleared (required), focus kept; where the
// page shows its own counter, no second one (only what the page does not say).
import assert from 'node:assert/strict';
import { startPlatform } from '../../../scripts/platform-server.mjs';
import { demandePath } from '../../reconstruction/pages.mjs';
import { shot } from '../shots.mjs';
import { launchFirefox, until } from './browser.mjs';

const NNBSP = '\u202f';
const SECTEURS = 'fiche.secteursActivite';
const LIBELLE = 'fiche.blocs[0].libelle';

/** The text of the page's own counter for a field (what its `aria-describedby` points at). */
const pageCounterText = (page, path) =>
  page.evaluate((p) => {
    const control = document.querySelector(`[data-truth="${p}"]`);
    const ids = (control?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('cp-counter'))
      ?.textContent;
  }, path);

/**
 * The overlay's shadow root is closed: the test build answers `certifill-test-overlay` on an element
 * of the test's own with what the overlay shows (entrypoints/certifpro.content/checks/test-hook.ts).
 */
function overlayBadge(p) {
  const probe = document.createElement('certifill-test-probe');
  document.documentElement.append(probe);
  probe.dispatchEvent(new CustomEvent('certifill-test-overlay', { bubbles: true }));
  const shown = JSON.parse(probe.getAttribute('data-overlay') ?? '{"badges":[]}');
  probe.remove();
  return shown.badges.find((b) => b.path === p) ?? null;
}

/** The badge of a field, read in the page's next animation frame (after the extension's own). */
function badgeNextFrame(page, path) {
  return page.evaluate(
    ([find, p]) =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const b = new Function(`return (${find})`)()(p);
          resolve({
            text: b ? b.texts : null,
            cls: b?.cls ?? null,
            active: document.activeElement?.getAttribute('data-truth') ?? document.activeElement?.tagName,
          });
        }),
      ),
    [overlayBadge.toString(), path],
  );
}

export const tests = [
  {
    name: 'Firefox checks: counter per keystroke, past the limit, cleared required field, focus kept',
    async run({ artifacts }) {
      const platform = await startPlatform({ port: 0 });
      const ff = await launchFirefox();
      try {
        const page = await ff.open(new URL(demandePath('RNCP', 'fiche'), platform.url).href);
        // The bloc's title states its maximum (« 200 caractères maximum ») but counts nothing: the badge
        // counts. Badges exist only near the viewport: the field is brought into view first.
        await page.evaluate((p) => document.querySelector(`[data-truth="${p}"]`).scrollIntoView(), LIBELLE);
        await until(
          page,
          ([find, p]) => !!new Function(`return (${find})`)()(p),
          [overlayBadge.toString(), LIBELLE],
          { what: 'le badge de « Intitulé du bloc »' },
        );
        assert.equal(
          await page.evaluate(() => document.activeElement === document.body),
          true,
          'no focus taken',
        );
        const libelle = await page.waitForSelector(`[data-truth="${LIBELLE}"]`);
        await libelle.click();
        let typed = 0;
        for (const ch of ['S', 'a', 'n', 't', 'é', ' ', '👩‍💻']) {
          await page.keyboard.type(ch);
          typed++;
          const b = await badgeNextFrame(page, LIBELLE);
          assert.deepEqual(b.text, [`${typed} / 200`], `after « ${ch} »`);
          assert.equal(b.active, LIBELLE, 'focus stays in the field');
        }

        // « Secteurs d’activités » has the page's own counter: no second one, only what the page does not say.
        const area = await page.waitForSelector(`[data-truth="${SECTEURS}"]`);
        await area.evaluate((el) => el.scrollIntoView());
        await area.click();
        await page.keyboard.type('Santé');
        const own = await badgeNextFrame(page, SECTEURS);
        assert.equal(own.text, null, 'no badge beside the page’s counter');
        assert.equal(own.active, SECTEURS);
        assert.equal(await pageCounterText(page, SECTEURS), '5 / 2000 caractères');
        // A paste 5 characters too long (the value set as a paste would, then an input event).
        await area.evaluate((el) => {
          el.select();
          document.execCommand('insertText', false, 'x'.repeat(2005));
        });
        const over = await badgeNextFrame(page, SECTEURS);
        assert.match(over.cls, /\berror\b/);
        assert.deepEqual(over.text, [`5 caractères en trop (limite : 2${NNBSP}000, indiquée par la page)`]);
        assert.equal(over.active, SECTEURS);
        assert.equal(await pageCounterText(page, SECTEURS), '2005 / 2000 caractères');
        await shot(page, { path: `${artifacts}/firefox-checks-over-limit.png` });
        await area.evaluate((el) => {
          el.select();
          document.execCommand('delete');
        });
        const cleared = await badgeNextFrame(page, SECTEURS);
        assert.deepEqual(cleared.text, ['Ce champ est obligatoire.']);
        assert.equal(cleared.active, SECTEURS);
        assert.deepEqual(ff.pageErrors, [], 'no page errors');
        assert.deepEqual(ff.externalRequests(), [], 'no network request');
      } finally {
        await ff.close();
        await platform.close();
      }
    },
  },
];
