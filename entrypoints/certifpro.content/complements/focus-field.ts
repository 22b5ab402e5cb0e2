/** Attribute the field recognition puts on every control it filled or was taught (see ../field-marks.ts). */
const MARK = 'data-certifill-field';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `fiche.blocs[].libelle` matches `fiche.blocs[0].libelle`, `fiche.blocs[3].libelle`…; a concrete path matches itself. */
export function pathMatcher(path: string): (value: string) => boolean {
  if (!path.includes('[]')) return (value) => value === path;
  const re = new RegExp(`^${path.split('[]').map(escapeRegExp).join('\\[\\d+\\]')}$`);
  return (value) => re.test(value);
}

/**
 * Shows the user the page control of a dossier field (their explicit request from the popup): scrolls to
 * the first control marked with that path, focuses it and outlines it for two seconds. False when absent.
 */
export function focusMarkedField(
  path: string,
  doc: Document = document,
  setTimer: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(fn, ms),
): boolean {
  const matches = pathMatcher(path);
  const el = Array.from(doc.querySelectorAll<HTMLElement>(`[${MARK}]`)).find(
    (e) => e.isConnected && matches(e.getAttribute(MARK) ?? ''),
  );
  if (!el) return false;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.focus({ preventScroll: true });
  const previous = el.style.outline;
  el.style.outline = '3px solid #c47410';
  setTimer(() => {
    el.style.outline = previous;
  }, 2000);
  return true;
}
