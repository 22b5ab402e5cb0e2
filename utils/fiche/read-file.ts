import { blobChunks } from './blob-chunks';
import type { RawNode } from './raw-node';
import { type ReadProgress, type ReadSummary, readExport } from './read-export';
import { type FicheSummary, summarize } from './summary';

export interface FicheIndex {
  entries: FicheSummary[];
  summary: ReadSummary;
}

/** The whole export read once: one summary per fiche, for the picker. */
export async function indexExport(
  file: Blob,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<FicheIndex> {
  const entries: FicheSummary[] = [];
  const summary = await readExport(blobChunks(file, undefined, signal), {
    size: file.size,
    onProgress,
    onFiche: (fiche) => {
      const s = summarize(fiche);
      if (s) entries.push(s);
      return undefined;
    },
  });
  return { entries, summary };
}

/** The export read up to the fiche of that number (null when it is not there). */
export async function findFiche(
  file: Blob,
  numero: string,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<RawNode | null> {
  let found: RawNode | null = null;
  const wanted = numero.toUpperCase();
  await readExport(blobChunks(file, undefined, signal), {
    size: file.size,
    onProgress,
    onFiche: (fiche) => {
      if (summarize(fiche)?.numero !== wanted) return undefined;
      found = fiche;
      return 'stop';
    },
  });
  return found;
}
