import { fieldDomId } from './route';

function highlight(el: HTMLElement): void {
  const row = el.closest('[data-field-row]') ?? el.closest('.cf-request__item') ?? el.closest('[data-group]');
  row?.classList.add('cf-field--target');
  setTimeout(() => row?.classList.remove('cf-field--target'), 2500);
}

/** The element that stands for a path: its input, or for a group (`fiche.blocs`) its first input or « Ajouter ». */
function targetOf(path: string): HTMLElement | null {
  const direct = document.getElementById(fieldDomId(path));
  if (direct) return direct;
  const group = /^(.+?)(\[\d+\]\..+)?$/.exec(path)?.[1] ?? path;
  const box = document.querySelector<HTMLElement>(`[data-group="${CSS.escape(group)}"]`);
  return box?.querySelector<HTMLElement>('input, select, textarea, [data-add-item]') ?? null;
}

/** Scrolls to a field and focuses it; false when this dossier has no such field. */
export function focusField(path: string): boolean {
  const el = targetOf(path);
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
  highlight(el);
  return true;
}
