// « Demande de compléments » in Firefox: paste, link each remark to its criterion, track, correct, reopen.
import assert from 'node:assert/strict';
import { shot } from '../shots.mjs';
import { launchFirefox, reload, until } from './browser.mjs';
import { clickText, pasteAndAnalyse, typeInto, waitText } from './page-helpers.mjs';

const COMMENTS = `Madame, Monsieur,

L’instruction de votre demande nécessite les compléments suivants :

1. Merci de préciser les intitulés des emplois occupés par les titulaires et leur correspondance avec le métier visé (codes ROME).
2. La composition du jury VAE n’est pas précisée (critère 6°).
3. Le bulletin n° 3 du casier judiciaire transmis est daté de plus de trois mois.

Cordialement.`;

const EXPECTED = [/^RNCP 1° — /, /^RNCP 6° — /, /^Recevabilité/];

const statuses = (popup) =>
  popup.$$eval('[data-testid="tracked-item"] .cm-status select', (els) => els.map((e) => e.value));

export const tests = [
  {
    name: 'Firefox comments: paste, link to criteria, track, mark one « corrigé », reopen the side panel',
    async run({ artifacts }) {
      const ff = await launchFirefox({ viewport: { width: 460, height: 900 } });
      try {
        const editor = await ff.open(ff.url('options.html'));
        await typeInto(editor, '#create-name', 'Titre professionnel — compléments');
        await clickText(editor, 'button', 'Créer le dossier');
        await waitText(editor, 'h1', 'Titre professionnel — compléments');

        const popup = await ff.open(ff.url('sidepanel.html'));
        await clickText(popup, '[role="tab"]', 'Demande de compléments');
        await pasteAndAnalyse(popup, COMMENTS);
        await waitText(popup, 'h3, h2', '3 remarques trouvées');
        const found = await popup.$$eval('[data-testid="preview-item"] .cm-criterion__name', (els) =>
          els.map((e) => e.textContent),
        );
        assert.equal(found.length, 3);
        for (const [i, re] of EXPECTED.entries())
          assert.match(found[i] ?? '', re, `remarque ${i + 1} : ${found[i]}`);
        await shot(popup, { path: `${artifacts}/firefox-comments-preview.png`, fullPage: true });

        await clickText(popup, 'button', 'Suivre ces remarques (3)');
        await waitText(popup, '[data-testid="remaining"]', '3 remarques à traiter');
        await popup.select('[data-testid="tracked-item"]:nth-of-type(2) .cm-status select', 'corrige');
        await waitText(popup, '[data-testid="remaining"]', '2 remarques à traiter');

        await reload(popup);
        await clickText(popup, '[role="tab"]', 'Demande de compléments');
        await waitText(popup, '[data-testid="remaining"]', '2 remarques à traiter');
        await until(popup, () => document.querySelectorAll('[data-testid="tracked-item"]').length === 3);
        assert.deepEqual(await statuses(popup), ['a_traiter', 'corrige', 'a_traiter']);
        await shot(popup, { path: `${artifacts}/firefox-comments-tracked.png`, fullPage: true });
        assert.deepEqual(ff.pageErrors, [], 'no page errors');
        assert.deepEqual(ff.externalRequests(), [], 'no network request');
      } finally {
        await ff.close();
      }
    },
  },
];
