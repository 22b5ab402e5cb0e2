import type { PageProgress } from '@/utils/messaging/page-protocol';

const n = (x: number) => x.toLocaleString('fr-FR');

/** What the panel says while the page is read: a big page takes seconds, and the person sees it advance. */
export function pageProgressText(p: PageProgress | null): string {
  if (!p || p.phase === 'idle' || p.total === 0) return 'Lecture de la page…';
  if (p.phase === 'scan') return `Reconnaissance des champs de la page (${n(p.total)} contrôles)…`;
  return `Lecture des valeurs : ${n(p.done)} champs sur ${n(p.total)}…`;
}
