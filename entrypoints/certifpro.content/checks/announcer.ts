/** Quiet time after the last keystroke before the live region speaks (GOV.UK: ≥ 500 ms). */
export const ANNOUNCE_DELAY_MS = 600;

export interface Announcer {
  /** Queues a sentence; each new call restarts the wait, so only the last one is read. */
  say(text: string): void;
  cancel(): void;
}

/**
 * The one polite live region, debounced: it speaks once typing pauses, never on each key.
 * The same sentence twice in a row is not repeated.
 */
export function createAnnouncer(live: HTMLElement, delay = ANNOUNCE_DELAY_MS): Announcer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    say(text) {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        if (text === last) return;
        last = text;
        live.textContent = text;
      }, delay);
    },
    cancel,
  };
}
