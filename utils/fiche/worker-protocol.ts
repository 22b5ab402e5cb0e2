import type { FicheErrorCode } from './errors';
import type { RawNode } from './raw-node';
import type { ReadProgress } from './read-export';
import type { FicheIndex } from './read-file';
import type { FicheTarget } from './reader-api';
import type { SearchableFiche } from './search';

/** What the editor page asks the reading worker. */
export type ReaderRequest =
  | { kind: 'index'; file: File }
  | { kind: 'fiche'; file: File; target: FicheTarget };

/** What the worker answers: progress while reading, then one result or one error. */
export type ReaderMessage =
  | ({ kind: 'progress' } & ReadProgress)
  /** Picker entries, a batch at a time while the reading goes on; `index` then comes without them. */
  | { kind: 'entries'; entries: SearchableFiche[] }
  | { kind: 'index'; index: FicheIndex }
  | { kind: 'fiche'; fiche: RawNode | null }
  | { kind: 'error'; code: FicheErrorCode; message: string };
