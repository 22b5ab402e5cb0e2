// A whole letter in Firefox: remarks, deadline and ignored lines in the sidebar; an answer; the response built
// (.docx) and shown as a printable page in the editor.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { shot } from '../shots.mjs';
import { launchFirefox, until } from './browser.mjs';
import { clickText, pasteAndAnalyse, typeInto, waitText } from './page-helpers.mjs';

// A letter of the development part of the corpus (never the held-out part).
const LETTER = JSON.parse(readFileSync(new URL('../../comments/letters.json', import.meta.url), 'utf8')).find(
  (l) => l.id === 'l01' && l.split === 'dev',
);
const ANSWER = 'Les fiches de poste des titulaires de la promotion 2024 sont jointes.';

export const tests = [
  {
    name: 'Firefox letters: paste a whole letter, deadline and ignored lines, answer, the response page and .docx',
    async run({ artifacts }) {
      const ff = await launchFirefox({ viewport: { width: 460, height: 900 } });
      try {
        const editor = await ff.open(ff.url('options.html'));
        await typeInto(editor, '#create-name', 'Titre RPRE — compléments');
        await clickText(editor, 'button', 'Créer le dossier');
        await waitText(editor, 'h1', 'Titre RPRE — compléments');

        const popup = await ff.open(ff.url('sidepanel.html'));
        await clickText(popup, '[role="tab"]', 'Demande de compléments');
        await pasteAndAnalyse(popup, LETTER.text);
        await waitText(popup, 'h3, h2', '3 remarques trouvées');
        const ignored = await popup.$$eval('[data-testid="ignored-line"] .cm-ignored__text', (els) =>
          els.map((e) => e.textContent),
        );
        assert.deepEqual(ignored, LETTER.ignored);
        await waitText(popup, '[data-testid="due"]', /^À rendre le .+ — dans 30 jours/);
        await shot(popup, { path: `${artifacts}/firefox-letters-preview.png` });

        await clickText(popup, 'button', 'Suivre ces remarques (3)');
        await waitText(popup, '[data-testid="request-card"]', 'Demande reçue le');
        await typeInto(popup, '[data-testid="tracked-item"] .cm-answer textarea', ANSWER);
        await waitText(popup, '[data-testid="answer-status"]', 'Réponse enregistrée');
        await waitText(popup, '.cm-response__title', '1\u00a0réponse rédigée sur 3\u00a0remarques');
        await clickText(popup, 'button', 'Réponse à la demande de compléments (.docx)');
        await waitText(
          popup,
          '.cm-response [role="status"]',
          'Document Word enregistré : reponse-complements-',
        );

        // The printable page, in the editor.
        const ids = await until(
          popup,
          () =>
            new Promise((resolve) => {
              const open = indexedDB.open('certifill');
              open.onsuccess = () => {
                const all = open.result.transaction('requests').objectStore('requests').getAll();
                all.onsuccess = () =>
                  resolve(all.result[0] ? [all.result[0].dossierId, all.result[0].id] : null);
                all.onerror = () => resolve(null);
              };
              open.onerror = () => resolve(null);
            }),
          undefined,
          { what: 'la demande enregistrée' },
        );
        const [dossierId, requestId] = ids;
        // Same document: a hash change, not a navigation.
        await editor.evaluate(
          (hash) => {
            location.hash = hash;
          },
          `#/dossier/${encodeURIComponent(dossierId)}/reponse/${encodeURIComponent(requestId)}`,
        );
        await waitText(editor, '[data-testid="response-doc"] h1', 'Réponse à la demande de compléments');
        await waitText(editor, '[data-testid="response-doc"]', ANSWER);
        const remarks = await editor.$$eval('[data-testid="response-remark"]', (els) =>
          els.map((e) => e.textContent),
        );
        assert.equal(remarks.length, 3);
        for (const [i, r] of LETTER.remarks.entries())
          assert.ok(remarks[i]?.includes(r.text), `remarque ${i + 1}`);
        await shot(editor, { path: `${artifacts}/firefox-letters-response.png`, fullPage: true });
        assert.deepEqual(ff.pageErrors, [], 'no page errors');
        assert.deepEqual(ff.externalRequests(), [], 'no network request');
      } finally {
        await ff.close();
      }
    },
  },
];
