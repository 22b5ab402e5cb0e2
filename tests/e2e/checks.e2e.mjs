// Live checks on the Certif Pro reconstruction, in real Chromium with the test build of the extension.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startGeneratedServer } from '../../scripts/bench/generated-page.mjs';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { startPlatform } from '../../scripts/platform-server.mjs';
import { demandePath } from '../reconstruction/pages.mjs';
import { axeViolations } from './axe.mjs';
import { launchWithExtension } from './browser.mjs';
import { inContentWorld, waitInContentWorld } from './content-world.mjs';
import { shot } from './shots.mjs';

const HOST = 'certifill-checks';
const NNBSP = '\u202f';
const SECTEURS = 'fiche.secteursActivite';
const LIBELLE = 'fiche.blocs[0].libelle';

/**
 * Waits until the overlay holds `selector`. Its shadow root is closed: it is read from the content
 * script's world (content-world.mjs), as the page never can.
 */
const waitOverlay = (page, selector) =>
  waitInContentWorld(page, (sel, root) => !!root()?.querySelector(sel), selector, 15_000);

/** The badge of a field, read in the page's next animation frame (after the extension's own). */
function badgeNextFrame(page, path) {
  return inContentWorld(
    page,
    (p, root) =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const b = root()?.querySelector(`.badge[data-path="${p}"]`);
          resolve({
            text: b ? [...b.children].map((c) => c.textContent) : null,
            cls: b?.className ?? null,
            active: document.activeElement?.getAttribute('data-truth') ?? document.activeElement?.tagName,
          });
        }),
      ),
    path,
  );
}

/** The text of the page's own counter for a field (what its `aria-describedby` points at). */
const pageCounterText = (page, path) =>
  page.evaluate((p) => {
    const control = document.querySelector(`[data-truth="${p}"]`);
    const ids = (control?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('cp-counter'))
      ?.textContent;
  }, path);

/** Rects of the page's own controls (to prove the overlay moves nothing). */
function controlRects(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('input, textarea, select, .ql-editor, label, .fr-hint-text')]
      .slice(0, 80)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(',');
      }),
  );
}

async function openFiche(context, base) {
  const page = await context.newPage();
  await page.goto(new URL(demandePath('RNCP', 'fiche'), base).href);
  await page.getByLabel('Secteurs d’activités').waitFor();
  return page;
}

export const tests = [
  {
    name: 'checks: counter per keystroke, paste past the limit, cleared required field, focus kept',
    async run({ artifacts }) {
      const platform = await startPlatform({ port: 0, build: 'auto' });
      const b = await launchWithExtension();
      try {
        const page = await openFiche(b.context, platform.url);
        // The bloc's title states its maximum (« 200 caractères maximum ») but counts nothing: the badge counts.
        const libelle = page.locator(`[data-truth="${LIBELLE}"]`);
        await libelle.scrollIntoViewIfNeeded();
        await waitOverlay(page, `.badge[data-path="${LIBELLE}"]`);
        assert.equal(
          await page.evaluate(() => document.activeElement === document.body),
          true,
          'no focus taken',
        );
        await libelle.click();
        const word = 'Santé 👩‍💻';
        let typed = 0;
        for (const ch of [...new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(word)].map(
          (s) => s.segment,
        )) {
          await page.keyboard.type(ch);
          typed++;
          const b1 = await badgeNextFrame(page, LIBELLE);
          assert.deepEqual(b1.text, [`${typed} / 200`], `after « ${ch} »`);
          assert.equal(b1.active, LIBELLE, 'focus stays in the field');
        }
        // The live region speaks once typing pauses.
        await page.waitForTimeout(900);
        const spoken = await inContentWorld(
          page,
          (_, root) => root().querySelector('[aria-live]').textContent,
        );
        assert.equal(spoken, 'Il vous reste 193 caractères.');

        // « Secteurs d’activités » has the page's own counter: no second one, only what the page does not say.
        const area = page.getByLabel('Secteurs d’activités');
        await area.scrollIntoViewIfNeeded();
        await area.click();
        await page.keyboard.type('Santé');
        const own = await badgeNextFrame(page, SECTEURS);
        assert.equal(own.text, null, 'no badge beside the page’s counter');
        assert.equal(own.active, SECTEURS);
        assert.equal(await pageCounterText(page, SECTEURS), '5 / 2000 caractères');
        // Paste a text 5 characters too long: the page's counter only counts, the badge says it is too long.
        await area.fill('');
        await page.keyboard.insertText('x'.repeat(2005));
        const over = await badgeNextFrame(page, SECTEURS);
        assert.match(over.cls, /\berror\b/);
        assert.deepEqual(over.text, [`5 caractères en trop (limite : 2${NNBSP}000, indiquée par la page)`]);
        assert.equal(over.active, SECTEURS);
        assert.equal(await pageCounterText(page, SECTEURS), '2005 / 2000 caractères');
        await shot(page, { path: `${artifacts}/checks-over-limit.png` });
        // Clear it: the required message shows, still without a counter.
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        const cleared = await badgeNextFrame(page, SECTEURS);
        assert.deepEqual(cleared.text, ['Ce champ est obligatoire.']);
        assert.equal(cleared.active, SECTEURS);
        assert.deepEqual(b.externalRequests(), []);
      } finally {
        await b.close();
        await platform.close();
      }
    },
  },
  {
    name: 'checks: rich text (Quill) counted per keystroke and after a paste through its API',
    async run() {
      const platform = await startPlatform({ port: 0, build: 'auto' });
      const b = await launchWithExtension();
      try {
        const page = await openFiche(b.context, platform.url);
        // « Activités visées » states « 15 000 caractères maximum » and counts nothing: the badge counts.
        const path = 'fiche.activitesVisees';
        const editor = page.locator(`.ql-editor[data-truth="${path}"]`);
        await editor.scrollIntoViewIfNeeded();
        await waitOverlay(page, `.badge[data-path="${path}"]`);
        await editor.click();
        await page.keyboard.type('Un');
        assert.deepEqual((await badgeNextFrame(page, path)).text, [`2 / 15${NNBSP}000`]);
        await page.keyboard.press('Enter');
        await page.keyboard.type('é👩‍💻');
        const typed = await badgeNextFrame(page, path);
        assert.deepEqual(typed.text, [`5 / 15${NNBSP}000`], 'line break and emoji count once');
        assert.equal(typed.active, path);
        // Quill pastes through its own API: no input event, the checks still follow. « Objectifs et
        // contexte » has the page's own counter: the badge shows only that the text is too long.
        const objectifs = 'fiche.objectifsContexte';
        await page.evaluate(
          ([sel, text]) => {
            const quill = window.Quill.find(document.querySelector(sel).parentElement);
            quill.insertText(quill.getLength() - 1, text, 'user');
          },
          [`.ql-editor[data-truth="${objectifs}"]`, 'y'.repeat(3005)],
        );
        await page.locator(`.ql-editor[data-truth="${objectifs}"]`).scrollIntoViewIfNeeded();
        await waitOverlay(page, `.badge[data-path="${objectifs}"]`);
        const over = await badgeNextFrame(page, objectifs);
        assert.deepEqual(over.text, [`5 caractères en trop (limite : 3${NNBSP}000, indiquée par la page)`]);
        assert.equal(await pageCounterText(page, objectifs), '3005 / 3000 caractères');
      } finally {
        await b.close();
        await platform.close();
      }
    },
  },
  {
    name: 'checks: the popup shows the page summary and « Aller au champ » focuses the field',
    async run({ artifacts }) {
      const platform = await startPlatform({ port: 0, build: 'auto' });
      const b = await launchWithExtension();
      try {
        const page = await openFiche(b.context, platform.url);
        // Badges exist only near the viewport: the field is brought into view first.
        // The field has the page's own counter: its badge shows only once the text is too long.
        await page.getByLabel('Secteurs d’activités').scrollIntoViewIfNeeded();
        await page.getByLabel('Secteurs d’activités').fill('x'.repeat(2003));
        await waitOverlay(page, `.badge[data-path="${SECTEURS}"]`);
        await page.evaluate(() => document.activeElement?.blur());
        let [sw] = b.context.serviceWorkers();
        sw ??= await b.context.waitForEvent('serviceworker');
        const tabId = await sw.evaluate(
          async (u) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))?.id,
          platform.url,
        );
        assert.ok(tabId, 'tab id of the platform page');
        const popup = await b.context.newPage();
        await popup.goto(b.url(`sidepanel.html?tabId=${tabId}`));
        const panel = popup.getByTestId('page-checks');
        await panel.waitFor();
        const text = (await panel.textContent()) ?? '';
        assert.match(text, /1 erreur/);
        assert.match(text, /3 caractères en trop \(limite : 2\u202f000, indiquée par la page\)/);
        await shot(popup, { path: `${artifacts}/checks-popup.png` });
        await panel.getByRole('button', { name: 'Aller au champ Secteurs d’activités' }).first().click();
        await page.waitForFunction(
          (p) => document.activeElement?.getAttribute('data-truth') === p,
          SECTEURS,
          { polling: 100 },
        );
      } finally {
        await b.close();
        await platform.close();
      }
    },
  },
  {
    name: 'checks: badges follow their fields (far field scrolled to, a textarea above growing)',
    async run({ artifacts }) {
      const platform = await startPlatform({ port: 0, build: 'auto' });
      const b = await launchWithExtension();
      try {
        const page = await openFiche(b.context, platform.url);
        await waitOverlay(page, `.badge`);
        // The lowest marked textarea of the page: its badge was placed while far from the viewport.
        const path = await page.evaluate(() => {
          const fields = [...document.querySelectorAll('textarea[data-certifill-field]')];
          fields.sort((a, c) => c.getBoundingClientRect().top - a.getBoundingClientRect().top);
          return fields[0]?.getAttribute('data-certifill-field');
        });
        assert.ok(path, 'a marked text field');
        const field = page.locator(`[data-certifill-field="${path}"]`);
        await field.scrollIntoViewIfNeeded();
        await field.pressSequentially('Texte saisi');
        /** Badge rect relative to its field's rect, read in the page's next frames. */
        const gap = () =>
          inContentWorld(
            page,
            (p, root) =>
              new Promise((resolve) => {
                // A resize is reported after layout, and the badge moves in the frame after that.
                let frames = 4;
                const read = () => {
                  if (--frames > 0) return requestAnimationFrame(read);
                  const f = document.querySelector(`[data-certifill-field="${p}"]`)?.getBoundingClientRect();
                  const el = root()?.querySelector(`.badge[data-path="${p}"]`);
                  if (!f || !el) return resolve({ below: Number.NaN, right: Number.NaN, shown: false });
                  const r = el.getBoundingClientRect();
                  resolve({ below: r.top - f.bottom, right: r.right - f.right, shown: r.height > 0 });
                };
                requestAnimationFrame(read);
              }),
            path,
          );
        const check = (g, when) => {
          assert.ok(g.shown, `${when}: badge rendered`);
          assert.ok(g.below >= 0 && g.below < 80, `${when}: badge under its field (${g.below} px)`);
          assert.ok(Math.abs(g.right) < 2, `${when}: right edges aligned (${g.right} px)`);
        };
        check(await gap(), 'after scrolling');
        // A textarea near the top grows by 300 px: everything below moves, the badge with it.
        await page.evaluate(() => {
          const t = document.querySelector('textarea');
          t.style.height = `${t.getBoundingClientRect().height + 300}px`;
        });
        check(await gap(), 'after the page grew above');
        await field.scrollIntoViewIfNeeded();
        await shot(page, { path: `${artifacts}/checks-far-field.png` });
      } finally {
        await b.close();
        await platform.close();
      }
    },
  },
  {
    name: 'checks: on a dense form no badge covers a control (beside the field when there is no room under it)',
    async run({ artifacts }) {
      const generated = await startGeneratedServer(60);
      const b = await launchWithExtension();
      try {
        const page = await b.context.newPage();
        await page.goto(generated.url);
        await waitOverlay(page, `.badge.shown`);
        // A button right under the bloc's last field, as « Ajouter un bloc » often is.
        await page.evaluate(() => {
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = 'Ajouter un bloc de compétences';
          button.style.cssText = 'display: block; width: 100%';
          document.querySelector('#gen-9')?.closest('.fr-input-group')?.after(button);
        });
        await page.locator('#gen-1').pressSequentially('Objectifs');
        const found = await inContentWorld(
          page,
          (_, root) =>
            new Promise((resolve) =>
              requestAnimationFrame(() => {
                const controls = [...document.querySelectorAll('input, textarea, select, button')].map((c) =>
                  c.getBoundingClientRect(),
                );
                const badges = [...root().querySelectorAll('.badge')]
                  .map((el) => ({ text: el.textContent, r: el.getBoundingClientRect() }))
                  .filter(({ r }) => r.height > 0);
                const hit = (a, c) =>
                  a.left < c.right && c.left < a.right && a.top < c.bottom && c.top < a.bottom;
                resolve({
                  rendered: badges.length,
                  beside: badges.filter(({ r }) => controls.some((c) => Math.abs(r.left - c.right - 6) < 1.5))
                    .length,
                  // « badge text @ its top-left → the top-left of the control it covers »
                  covering: badges.flatMap(({ text, r }) => {
                    const c = controls.find((c) => hit(r, c));
                    return c ? [`${text} @ ${r.x},${r.y} → ${c.x},${c.y}`] : [];
                  }),
                });
              }),
            ),
        );
        await shot(page, { path: `${artifacts}/checks-dense-form.png` });
        assert.ok(found.rendered >= 20, `badges rendered near the viewport (${found.rendered})`);
        assert.ok(found.beside >= 5, `some badges went beside their fields (${found.beside})`);
        assert.deepEqual(found.covering, [], 'badges covering a control or a button');
      } finally {
        await b.close();
        generated.close();
      }
    },
  },
  {
    name: 'checks: the overlay adds no axe violation and moves nothing on the page',
    async run({ artifacts }) {
      const platform = await startPlatform({ port: 0, build: 'auto' });
      const b = await launchWithExtension();
      const plain = await chromium.launch({
        executablePath: findChromium(),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu'],
      });
      try {
        const page = await openFiche(b.context, platform.url);
        await waitOverlay(page, `.badge`);
        await page.getByLabel('Secteurs d’activités').fill('x'.repeat(2100));
        await inContentWorld(page, (_, root) => root().querySelector('.toggle').click());
        await waitOverlay(page, '.details li');
        await shot(page, { path: `${artifacts}/checks-panel.png` });
        // axe cannot enter a closed shadow root: it checks an open copy of the overlay, then the copy goes.
        await inContentWorld(page, (_, root) => {
          const copy = document.createElement('certifill-overlay-copy');
          const open = copy.attachShadow({ mode: 'open' });
          for (const n of root().childNodes) open.append(n.cloneNode(true));
          document.body.append(copy);
        });
        assert.deepEqual(await axeViolations(page, 'certifill-overlay-copy'), [], 'axe, overlay only');
        await page.evaluate(() => document.querySelector('certifill-overlay-copy').remove());
        assert.equal(
          await page.evaluate((h) => document.querySelector(h).shadowRoot, HOST),
          null,
          'the page cannot open the overlay',
        );
        const withExt = await axeViolations(page);
        const bare = await openFiche(
          await plain.newContext({ viewport: { width: 1280, height: 900 } }),
          platform.url,
        );
        await bare.getByLabel('Secteurs d’activités').fill('x'.repeat(2100));
        const without = new Set(await axeViolations(bare));
        assert.deepEqual(
          withExt.filter((v) => !without.has(v)),
          [],
          'axe, violations added by the extension',
        );
        // Same layout with and without the extension (fresh pages, nothing typed).
        const [p1, p2] = [
          await openFiche(b.context, platform.url),
          await openFiche(plain.contexts()[0], platform.url),
        ];
        await waitOverlay(p1, `.badge`);
        assert.deepEqual(await controlRects(p1), await controlRects(p2));
        const attrs = (p) =>
          p.evaluate(() => [document.documentElement.getAttributeNames(), document.body.getAttributeNames()]);
        assert.deepEqual(await attrs(p1), await attrs(p2));
      } finally {
        await plain.close();
        await b.close();
        await platform.close();
      }
    },
  },
];
