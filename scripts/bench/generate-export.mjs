// A full-size open-data export for the bench, generated from the six real fiches: about 70 MB
// zipped, like France compétences' RNCP export. Each fiche is a sample fiche with its own number,
// id, title variant and partner SIRETs; one in fifty carries hundreds of partners. Identical
// copies stand more than deflate's 32 kB window apart, so the archive compresses like real fiches
// (about 5 : 1), not like a repeated string. Cached in bench-output/ (same size, same content).
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';

const SOURCES = [
  'tests/fixtures/realworld/fiches-sample-rncp.xml',
  'tests/fixtures/realworld/fiches-sample-rs.xml',
];
const VARIANTS = [
  '',
  ' — parcours A',
  ' (option numérique)',
  ' — spécialité B',
  ' en alternance',
  ' — mention C',
];

/** The six `<FICHE>…</FICHE>` records of the sample files, as text. */
function sampleFiches() {
  return SOURCES.flatMap((f) => readFileSync(f, 'utf8').match(/<FICHE>[\s\S]*?<\/FICHE>/g) ?? []);
}

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function variant(fiche, n, random) {
  const rs = /<NUMERO_FICHE>RS/.test(fiche);
  const numero = rs ? `RS${10_000 + n}` : `RNCP${50_000 + n}`;
  let xml = fiche
    .replace(/<NUMERO_FICHE>[^<]*<\/NUMERO_FICHE>/, `<NUMERO_FICHE>${numero}</NUMERO_FICHE>`)
    .replace(/<ID_FICHE>[^<]*<\/ID_FICHE>/, `<ID_FICHE>${100_000 + n}</ID_FICHE>`)
    .replace(
      /<INTITULE>([^<]*)<\/INTITULE>/,
      (_, t) => `<INTITULE>${t}${VARIANTS[n % VARIANTS.length]}</INTITULE>`,
    )
    .replace(/RNCP(\d+)BC(\d\d)/g, (_, _num, bc) => `${numero}BC${bc}`)
    .replace(/<SIRET_PARTENAIRE>\d+<\/SIRET_PARTENAIRE>/g, () => {
      const siret = String(Math.floor(random() * 9e13) + 1e13);
      return `<SIRET_PARTENAIRE>${siret}</SIRET_PARTENAIRE>`;
    });
  if (n % 50 === 7) {
    const partner = /<PARTENAIRE>[\s\S]*?<\/PARTENAIRE>/.exec(xml)?.[0];
    if (partner) {
      const many = Array.from({ length: 300 }, (_, i) =>
        partner
          .replace(/<NOM_PARTENAIRE>[^<]*/, `<NOM_PARTENAIRE>ORGANISME DE FORMATION ${n}-${i}`)
          .replace(
            /<SIRET_PARTENAIRE>\d+/,
            `<SIRET_PARTENAIRE>${String(Math.floor(random() * 9e13) + 1e13)}`,
          ),
      ).join('\n      ');
      xml = xml.replace('</PARTENAIRES>', `${many}\n    </PARTENAIRES>`);
    }
  }
  return xml;
}

/**
 * Writes the zip at `path` (zipped size ≥ `targetBytes`) unless it is already there; returns its
 * path, its size, the XML's size and the number of fiches.
 */
export async function generateExport(path, targetBytes = 70 * 1024 * 1024) {
  const meta = `${path}.json`;
  if (existsSync(path) && existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8'));
    if (m.target === targetBytes && statSync(path).size === m.zipBytes) return { path, ...m };
  }
  const fiches = sampleFiches();
  const random = rng(42);
  mkdirSync(dirname(path), { recursive: true }); // a fresh clone has no bench-output/
  const out = createWriteStream(path);
  let zipBytes = 0;
  const done = new Promise((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  const zip = new Zip((err, chunk, final) => {
    if (err) throw err;
    zipBytes += chunk.length;
    out.write(chunk);
    if (final) out.end();
  });
  const entry = new ZipDeflate('export-fiches-rncp-v4-1-2026-08-16.xml', { level: 6 });
  zip.add(entry);
  const enc = new TextEncoder();
  let xmlBytes = 0;
  const push = (text, final = false) => {
    const bytes = enc.encode(text);
    xmlBytes += bytes.length;
    entry.push(bytes, final);
  };
  push(`<?xml version='1.0' encoding='UTF-8'?>\n<FICHES>\n  <VERSION_FLUX>4.1</VERSION_FLUX>\n`);
  let n = 0;
  while (zipBytes < targetBytes) {
    let batch = '';
    for (let i = 0; i < 60; i++, n++) batch += `  ${variant(fiches[n % fiches.length], n, random)}\n`;
    push(batch);
    // Let the file stream drain now and then.
    if (n % 3000 === 0) await new Promise((r) => setImmediate(r));
  }
  push('</FICHES>\n', true);
  zip.end();
  await done;
  const m = { target: targetBytes, zipBytes, xmlBytes, fiches: n };
  (await import('node:fs')).writeFileSync(meta, JSON.stringify(m));
  return { path, ...m };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  const r = await generateExport('bench-output/export-fiches-70mo.zip');
  console.log(r, `${Date.now() - t0} ms`);
}
