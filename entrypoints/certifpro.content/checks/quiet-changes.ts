import type { FieldState } from './field-state';
import { controlValue } from './read-control';

/** How often a focused field is re-read for changes that fire no event (GOV.UK: dictation software). */
export const POLL_MS = 1000;

/**
 * Changes that come without an `input` event: a rich-text editor pasting or undoing through its
 * own API (Quill does), dictation software writing `value` directly. One MutationObserver watches
 * the rich-text editors; the focused field is re-read once a second while it keeps the focus.
 */
export function watchQuietChanges(
  win: Window,
  signal: AbortSignal,
  stateOf: (el: Element) => FieldState | undefined,
  changed: (s: FieldState) => void,
) {
  const editorOf = (node: Node | null): FieldState | undefined => {
    for (let n: Node | null = node; n; n = n.parentNode) {
      const s = n.nodeType === Node.ELEMENT_NODE ? stateOf(n as Element) : undefined;
      if (s) return s;
    }
    return undefined;
  };
  const observer = new MutationObserver((records) => {
    const seen = new Set<FieldState>();
    for (const r of records) {
      const s = editorOf(r.target);
      if (s && !seen.has(s)) {
        seen.add(s);
        changed(s);
      }
    }
  });
  let poll: number | undefined;
  const stopPoll = () => {
    if (poll !== undefined) win.clearInterval(poll);
    poll = undefined;
  };
  signal.addEventListener('abort', () => {
    observer.disconnect();
    stopPoll();
  });
  return {
    /** Watches the rich-text editors among the checked fields (call after each scan). */
    observe(states: readonly FieldState[]): void {
      observer.disconnect();
      for (const s of states)
        if (s.field.control === 'richtext')
          observer.observe(s.field.element, { childList: true, subtree: true, characterData: true });
    },
    /** Starts re-reading `s` while it has the focus. */
    focused(s: FieldState): void {
      stopPoll();
      if (s.field.control === 'richtext') return; // the observer sees its changes
      let last = readValue(s);
      poll = win.setInterval(() => {
        const now = readValue(s);
        if (now !== last) {
          last = now;
          changed(s);
        }
      }, POLL_MS);
    },
    blurred: stopPoll,
  };
}

function readValue(s: FieldState): string {
  return controlValue(s.field.element) ?? '';
}
