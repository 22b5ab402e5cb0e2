import type { RawNode } from './raw-node';
import type { ReadProgress } from './read-export';
import { type FicheIndex, findFiche, indexExport } from './read-file';

/** A reading in progress: its result, and a way to stop it. */
export interface ReadJob<T> {
  result: Promise<T>;
  cancel: () => void;
}

/** The fiche to read again: its number, and where the first reading found it. */
export interface FicheTarget {
  numero: string;
  offset: number | null;
}

/** How the editor reads an export: in a worker on the options page, in-process in tests. */
export interface FicheReader {
  index(file: File, onProgress: (p: ReadProgress) => void): ReadJob<FicheIndex>;
  fiche(file: File, target: FicheTarget, onProgress: (p: ReadProgress) => void): ReadJob<RawNode | null>;
}

function job<T>(run: (signal: AbortSignal) => Promise<T>): ReadJob<T> {
  const controller = new AbortController();
  return { result: run(controller.signal), cancel: () => controller.abort() };
}

/** Reads on the calling thread (tests, Node): fine for small files, blocking for the full export. */
export const inProcessReader: FicheReader = {
  index: (file, onProgress) => job((signal) => indexExport(file, onProgress, signal)),
  fiche: (file, { numero, offset }, onProgress) =>
    job((signal) => findFiche(file, numero, onProgress, signal, offset)),
};
