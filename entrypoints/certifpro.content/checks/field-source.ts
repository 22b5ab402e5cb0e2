import type { RecognisedField } from '@/utils/matching/types';

/** What the checks need from the page scan: the recognised fields now, and news when they change. */
export interface FieldSource {
  current(): readonly RecognisedField[];
  subscribe(cb: (fields: readonly RecognisedField[]) => void): () => void;
}
