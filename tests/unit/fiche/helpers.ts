import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RawNode } from '@/utils/fiche/raw-node';
import { readExport } from '@/utils/fiche/read-export';
import { type FicheImport, ficheToDossier } from '@/utils/fiche/to-dossier';

export const SAMPLES = ['fiches-sample-rncp.xml', 'fiches-sample-rs.xml'] as const;

/** The six real fiches, vendored so that a clean clone has them (tests/fixtures/realworld). */
export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/realworld', name)));
}

export async function* chunksOf(bytes: Uint8Array, size = 4096): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export async function readAll(bytes: Uint8Array, size = 4096): Promise<RawNode[]> {
  const fiches: RawNode[] = [];
  await readExport(chunksOf(bytes, size), {
    size: bytes.length,
    onFiche: (f) => {
      fiches.push(f);
      return undefined;
    },
  });
  return fiches;
}

export async function importAll(bytes: Uint8Array): Promise<FicheImport[]> {
  return (await readAll(bytes)).map((f) => ficheToDossier(f));
}

const MARKER_TOKEN = /^(?:[-–—*·•●▪◦■□►▸➢➤✓✔❖◆]+|\d{1,3}[.)])$/;

/**
 * A text's words, whitespace normalised, without list markers (bullet glyphs, « 1. »): what must
 * survive the import word for word, whether a marker became list structure or stayed in the text.
 */
export function words(text: string): string {
  return text
    .replace(/([•●▪◦■□►▸➢➤✓✔❖◆])/g, ' $1 ')
    .split(/\s+/)
    .filter((w) => w !== '' && !MARKER_TOKEN.test(w))
    .join(' ');
}

/** The visible text of formatted text (each text node, as a person reads it), as words. */
export function visibleWords(html: string): string {
  const box = document.createElement('div');
  box.innerHTML = html;
  const out: string[] = [];
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.textContent ?? '');
  return words(out.join(' '));
}

/** The XML of the sample files, parsed by happy-dom independently of the reader. */
export function oracle(name: string): Element[] {
  const xml = new TextDecoder().decode(sampleBytes(name)).replace(/<\?xml[^>]*\?>/, '');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return Array.from(doc.getElementsByTagName('FICHE'));
}

export function childText(el: Element, path: string): string {
  let level: Element[] = [el];
  for (const tag of path.split('/'))
    level = level.flatMap((e) => Array.from(e.children).filter((c) => c.tagName === tag));
  return level[0]?.textContent?.trim() ?? '';
}

export function childTexts(el: Element, path: string): string[] {
  let level: Element[] = [el];
  for (const tag of path.split('/'))
    level = level.flatMap((e) => Array.from(e.children).filter((c) => c.tagName === tag));
  return level.map((e) => e.textContent?.trim() ?? '');
}
