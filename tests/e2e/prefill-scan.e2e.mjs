// The scan service on a page that changes: a field added later, one in an open shadow root, one in a
// same-origin iframe. Served by Playwright on the reconstruction's origin (the test build runs there).
import assert from 'node:assert/strict';
import { startPlatform } from '../../scripts/platform-server.mjs';
import { launchWithExtension } from './browser.mjs';
import { importSample, openPanel, prefill } from './prefill-helpers.mjs';
import { shot } from './shots.mjs';

const SHELL = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Fiche descriptive — Certif Pro</title></head>
<body><main><h1>Demande d’enregistrement n° 48213</h1><p>RNCP</p><h2>Fiche descriptive</h2>
<div><label for="titre">Intitulé de la certification professionnelle</label><input id="titre" name="intitule"></div>
<div id="hote"></div>
<iframe id="cadre" src="cadre" title="Emplois"></iframe>
<div id="plus-tard"></div></main>
<script>
  const root = document.getElementById('hote').attachShadow({ mode: 'open' });
  root.innerHTML = '<label for="secteurs">Secteurs d’activités</label><textarea id="secteurs"></textarea>';
  setTimeout(() => {
    document.getElementById('plus-tard').innerHTML =
      '<label for="lien">Lien vers la présentation de la certification sur votre site</label><input id="lien" type="url">';
  }, 1500);
</script></body></html>`;
const FRAME = `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>
<label for="emplois">Types d’emplois accessibles</label><textarea id="emplois"></textarea></body></html>`;

export const tests = [
  {
    name: 'scan service: a field added later, an open shadow root and a same-origin iframe are marked and filled',
    async run({ artifacts }) {
      const platform = await startPlatform({ port: 0 });
      const b = await launchWithExtension();
      try {
        await importSample(b, 'sample-rncp.json');
        const base = `${platform.url}essai/48213/`;
        await b.context.route(`${base}**`, (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: route.request().url().endsWith('cadre') ? FRAME : SHELL,
          }),
        );
        const page = await b.context.newPage();
        await page.goto(`${base}fiche`);
        const markOf = (js) =>
          page.waitForFunction(js, null, { timeout: 30_000, polling: 100 }).then((h) => h.jsonValue());
        assert.equal(
          await markOf(() => document.getElementById('titre').getAttribute('data-certifill-field')),
          'fiche.intitule',
        );
        assert.equal(
          await markOf(() =>
            document
              .getElementById('hote')
              .shadowRoot.getElementById('secteurs')
              .getAttribute('data-certifill-field'),
          ),
          'fiche.secteursActivite',
        );
        assert.equal(
          await markOf(() =>
            document
              .getElementById('cadre')
              .contentDocument?.getElementById('emplois')
              ?.getAttribute('data-certifill-field'),
          ),
          'fiche.typesEmplois',
        );
        assert.equal(
          await markOf(() => document.getElementById('lien')?.getAttribute('data-certifill-field')),
          'fiche.lienUrlDescription',
          'le champ ajouté après le chargement est reconnu sans recharger la page',
        );
        const popup = await openPanel(b, page);
        await prefill(popup);
        const values = await page.evaluate(() => ({
          titre: document.getElementById('titre').value,
          secteurs: document.getElementById('hote').shadowRoot.getElementById('secteurs').value,
          emplois: document.getElementById('cadre').contentDocument.getElementById('emplois').value,
          lien: document.getElementById('lien').value,
        }));
        assert.equal(values.titre, 'Technicien supérieur en réseaux et cybersécurité');
        assert.match(values.secteurs, /^Entreprises de services du numérique/);
        assert.match(values.emplois, /^Technicien réseaux ;/);
        assert.equal(values.lien, 'https://www.institut-exemple-numerique.fr/certifications/tsrc');
        await shot(page, { path: `${artifacts}/prefill-scan.png`, fullPage: true });
        assert.deepEqual(b.externalRequests(), []);
      } finally {
        await b.close();
        await platform.close();
      }
    },
  },
];
