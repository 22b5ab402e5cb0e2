import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
export const PAGES_DIR = resolve(ROOT, 'tests/fixtures/pages');

export interface SnapshotEntry {
  file: string;
  name: string;
  page: string;
  tab?: string;
  path: string;
  repertoire: 'RNCP' | 'RS' | 'both' | null;
  truths: string[];
}

export interface CatalogueField {
  id: string;
  repertoire: 'RNCP' | 'RS' | 'both';
  kind: string;
  enumRef: string | null;
}

type EnumValue = string | number | { label?: string; code?: string };
export type Enums = Record<string, { values?: EnumValue[] }>;

/** The vendored copy in tests/fixtures/domain when present, else ../shared/domain. */
export function readDomain<T>(name: string): T {
  const vendored = resolve(ROOT, 'tests/fixtures/domain', name);
  const shared = resolve(ROOT, '../shared/domain', name);
  return JSON.parse(readFileSync(existsSync(vendored) ? vendored : shared, 'utf8')) as T;
}

export function readIndex(): SnapshotEntry[] {
  return JSON.parse(readFileSync(resolve(PAGES_DIR, 'index.json'), 'utf8')) as SnapshotEntry[];
}

/** Parses a snapshot without its `<link>`/`<script>` tags (happy-dom would try to load them). */
export function parseSnapshot(file: string): Document {
  const html = readFileSync(resolve(PAGES_DIR, file), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*>/gi, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** `fiche.blocs[1].libelle` → `fiche.blocs[].libelle`. */
export const catalogueId = (truth: string): string => truth.replace(/\[\d+\]/g, '[]');

/** `fiche.blocs[].libelle` → `fiche.blocs[0].libelle`. */
export const firstInstance = (id: string): string => id.replace(/\[\]/g, '[0]');

export const enumLabels = (values: EnumValue[]): string[] =>
  values.map((value) => (typeof value === 'object' ? (value.label ?? '') : String(value)));
