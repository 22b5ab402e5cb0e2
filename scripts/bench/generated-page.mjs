// A generated DSFR-like page of N fields built from the catalogue's labels (with repeated blocs),
// served on 127.0.0.1 so that the extension's content script runs on it.
import http from 'node:http';

const LABELS = [
  ['Intitulé de la certification', 'input'],
  ['Objectifs et contexte de la certification', 'textarea'],
  ['Activités visées', 'textarea'],
  ['Compétences attestées', 'textarea'],
  ['Secteurs d’activités', 'textarea'],
  ['Type d’emplois accessibles', 'textarea'],
  ['SIRET de l’organisme habilité', 'input'],
  ['Nom de l’organisme habilité', 'input'],
  ['Année de la promotion', 'input'],
  ['Nombre de certifiés', 'input'],
  ['Commentaire interne', 'input'],
];

function field(i) {
  const [label, tag] = LABELS[i % LABELS.length];
  const id = `gen-${i}`;
  const control =
    tag === 'textarea'
      ? `<textarea class="fr-input" id="${id}" name="f${i}" maxlength="3000"></textarea>`
      : `<input class="fr-input" id="${id}" name="f${i}" type="text" maxlength="255">`;
  return `<div class="fr-input-group"><label class="fr-label" for="${id}">${label} <span class="fr-hint-text">Champ ${i + 1}</span></label>${control}</div>`;
}

export function generatedPageHtml(n) {
  const blocks = [];
  for (let i = 0; i < n; i += 10) {
    const part = Array.from({ length: Math.min(10, n - i) }, (_, k) => field(i + k)).join('\n');
    blocks.push(
      `<fieldset class="fr-fieldset"><legend>Bloc de compétences n° ${i / 10 + 1}</legend>${part}</fieldset>`,
    );
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande RNCP — page générée (${n} champs)</title></head>
<body><h1>Demande d’enregistrement au RNCP — page générée de ${n} champs (banc d’essai)</h1><form>${blocks.join('\n')}</form></body></html>`;
}

export function startGeneratedServer(n) {
  const html = generatedPageHtml(n);
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ok({ url: `http://127.0.0.1:${port}/webapp/rncp/banc-essai`, close: () => server.close() });
    }),
  );
}
