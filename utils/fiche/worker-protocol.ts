import type { FicheErrorCode } from './errors';
import type { RawNode } from './raw-node';
import type { ReadProgress } from './read-export';
import type { FicheIndex } from './read-file';

/** What the editor page asks the reading worker. */
export type ReaderRequest = { kind: 'index'; file: File } | { kind: 'fiche'; file: File; numero: string };

/** What the worker answers: progress while reading, then one result or one error. */
export type ReaderMessage =
  | ({ kind: 'progress' } & ReadProgress)
  | { kind: 'index'; index: FicheIndex }
  | { kind: 'fiche'; fiche: RawNode | null }
  | { kind: 'error'; code: FicheErrorCode; message: string };
