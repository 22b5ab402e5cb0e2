import { blobChunks } from './blob-chunks';
import type { RawNode } from './raw-node';
import { type ReadProgress, type ReadSummary, readExport } from './read-export';
import { type SearchableFiche, searchableEntry } from './search';
import { summarize } from './summary';

export interface FicheIndex {
  /** Ready for searching (folded titles): computed where the file is read, not on the page. */
  entries: SearchableFiche[];
  summary: ReadSummary;
}

/** The elements of a fiche the picker shows: the rest is parsed and dropped. */
const SUMMARY = new Set(['NUMERO_FICHE', 'INTITULE', 'ETAT_FICHE', 'ACTIF']);

/** Entries handed over as the reading goes, so that no single message carries all of them. */
const BATCH = 500;

/**
 * The whole export read once: one summary per fiche, for the picker. With `onBatch`, the entries
 * go there in batches as they are read, and the result's `entries` is empty.
 */
export async function indexExport(
  file: Blob,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
  onBatch?: (entries: SearchableFiche[]) => void,
): Promise<FicheIndex> {
  let entries: SearchableFiche[] = [];
  const summary = await readExport(blobChunks(file, undefined, signal), {
    size: file.size,
    onProgress,
    shape: { keep: (name) => SUMMARY.has(name) },
    offsets: true,
    onFiche: (fiche, { offset }) => {
      const s = summarize(fiche);
      if (s) entries.push({ ...searchableEntry(s), offset });
      if (onBatch && entries.length >= BATCH) {
        onBatch(entries);
        entries = [];
      }
      return undefined;
    },
  });
  if (onBatch && entries.length > 0) {
    onBatch(entries);
    entries = [];
  }
  return { entries, summary };
}

/**
 * The export read up to the fiche of that number (null when it is not there). With the offset the
 * first reading found, only that fiche is decoded and parsed; should it not be there (or the
 * offset be wrong), the whole file is read.
 */
export async function findFiche(
  file: Blob,
  numero: string,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
  offset: number | null = null,
): Promise<RawNode | null> {
  const wanted = numero.toUpperCase();
  if (offset !== null) {
    const direct = await readAt(file, wanted, offset, onProgress, signal);
    if (direct) return direct;
  }
  let found: RawNode | null = null;
  await readExport(blobChunks(file, undefined, signal), {
    size: file.size,
    onProgress,
    shape: { wanted: (n) => n === wanted },
    onFiche: (fiche) => {
      if (summarize(fiche)?.numero !== wanted) return undefined;
      found = fiche;
      return 'stop';
    },
  });
  return found;
}

async function readAt(
  file: Blob,
  wanted: string,
  offset: number,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<RawNode | null> {
  let found: RawNode | null = null;
  try {
    await readExport(blobChunks(file, undefined, signal), {
      size: file.size,
      onProgress,
      from: offset,
      onFiche: (fiche) => {
        if (summarize(fiche)?.numero === wanted) found = fiche;
        return 'stop';
      },
    });
  } catch (e) {
    signal?.throwIfAborted();
    void e;
  }
  return found;
}
