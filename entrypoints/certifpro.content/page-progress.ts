import type { PageProgress } from '@/utils/messaging/page-protocol';

/**
 * How far the content script is in answering the panel: a page of 20 000 controls takes seconds
 * to scan and read, and the panel shows it (« 12 000 champs lus sur 20 000 ») instead of giving up.
 * Answered from this record at once, between the slices of work.
 */
let progress: PageProgress = { phase: 'idle', done: 0, total: 0 };

export const pageProgress = (): PageProgress => progress;

export function setProgress(phase: PageProgress['phase'], done = 0, total = 0): void {
  progress = { phase, done, total };
}

/** Lets the page and pending messages run between slices of a long pass (about 30 ms each). */
export function yielder(sliceMs = 30): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await new Promise((r) => setTimeout(r, 0));
    since = performance.now();
  };
}
