import { createDueTimer, WINDOW_TIMERS } from '../due-timer';

/** Quiet time after the last keystroke before the live region speaks (GOV.UK: ≥ 500 ms). */
export const ANNOUNCE_DELAY_MS = 600;

export interface Announcer {
  /** Queues a sentence; each new call restarts the wait, so only the last one is read. */
  say(text: string): void;
  cancel(): void;
}

/**
 * The one polite live region, debounced: it speaks once typing pauses, never on each key (each
 * key only moves the due time of one timer). The same sentence twice in a row is not repeated.
 */
export function createAnnouncer(live: HTMLElement, delay = ANNOUNCE_DELAY_MS): Announcer {
  let last = '';
  let next = '';
  const due = createDueTimer(() => {
    if (next === last) return;
    last = next;
    live.textContent = next;
  }, WINDOW_TIMERS);
  return {
    say(text) {
      next = text;
      due.at(WINDOW_TIMERS.now() + delay);
    },
    cancel: due.cancel,
  };
}
