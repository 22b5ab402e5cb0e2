/** Quiet time after the last keystroke before the live region speaks (GOV.UK: ≥ 500 ms). */
export const ANNOUNCE_DELAY_MS = 600;

export interface Announcer {
  /** Queues a sentence; each new call restarts the wait, so only the last one is read. */
  say(text: string): void;
  cancel(): void;
}

/**
 * The one polite live region, debounced: it speaks once typing pauses, never on each key.
 * The same sentence twice in a row is not repeated. One timer at a time: a keystroke only moves
 * the due time (setting and clearing a timer on every key cost as much as the rest of the frame).
 */
export function createAnnouncer(live: HTMLElement, delay = ANNOUNCE_DELAY_MS): Announcer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  let next = '';
  let dueAt = 0;
  const fire = () => {
    const early = dueAt - Date.now();
    if (early > 0) {
      timer = setTimeout(fire, early);
      return;
    }
    timer = undefined;
    if (next === last) return;
    last = next;
    live.textContent = next;
  };
  return {
    say(text) {
      next = text;
      dueAt = Date.now() + delay;
      timer ??= setTimeout(fire, delay);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
