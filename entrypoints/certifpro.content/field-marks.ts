import type { RecognisedField } from '@/utils/matching/types';

/** `data-certifill-field="<path>"` on every control filled automatically or as taught. */
export const MARK_ATTR = 'data-certifill-field';

export function createFieldMarks() {
  let marked = new Map<Element, string>();
  return {
    /** Marks the recognised controls and unmarks those no longer recognised (or now elsewhere). */
    update(fields: readonly RecognisedField[]): void {
      const next = new Map<Element, string>();
      for (const f of fields) {
        if (!f.path || (f.decision !== 'auto' && f.decision !== 'taught')) continue;
        for (const el of f.radios ?? [f.element]) next.set(el, f.path);
      }
      for (const [el, path] of marked) if (next.get(el) !== path) el.removeAttribute(MARK_ATTR);
      for (const [el, path] of next)
        if (el.getAttribute(MARK_ATTR) !== path) el.setAttribute(MARK_ATTR, path);
      marked = next;
    },
    clear(): void {
      for (const el of marked.keys()) el.removeAttribute(MARK_ATTR);
      marked = new Map();
    },
  };
}
