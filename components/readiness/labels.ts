import type { FindingSeverity, ReadinessStatus } from '@/utils/readiness/types';
import type { CommentStatus } from '@/utils/storage/records';

const NBSP = '\u00a0';

export const STATUS_TEXT: Record<ReadinessStatus, string> = {
  pret: 'Prêt',
  'a-completer': 'À compléter',
  bloquant: 'Bloquant',
};

export const SEVERITY_TEXT: Record<FindingSeverity, string> = {
  bloquant: 'Bloquant',
  'a-completer': 'À compléter',
};

export const REMARK_STATUS_TEXT: Record<CommentStatus, string> = {
  a_traiter: 'À traiter',
  en_cours: 'En cours',
  corrige: 'Corrigée',
};

/** « Critère 2° bis », « Recevabilité ». */
export function criterionHeading(label: string): string {
  return label === 'Recevabilité' ? label : `Critère ${label}`;
}

const plural = (n: number, one: string, many: string) => `${n}${NBSP}${n > 1 ? many : one}`;

/** « 3 critères prêts, 7 à compléter, 1 bloquant ». */
export function summaryText(counts: Record<ReadinessStatus, number>): string {
  const parts = [
    counts.pret > 0 ? plural(counts.pret, 'critère prêt', 'critères prêts') : null,
    counts['a-completer'] > 0 ? `${counts['a-completer']}${NBSP}à compléter` : null,
    counts.bloquant > 0 ? plural(counts.bloquant, 'bloquant', 'bloquants') : null,
  ].filter(Boolean);
  return parts.join(', ');
}

/** « 5 vérifications sur 7 satisfaites ». */
export function checksText(passed: number, total: number): string {
  return `${passed}${NBSP}vérification${passed > 1 ? 's' : ''} sur ${total} satisfaite${passed > 1 ? 's' : ''}`;
}

/** YYYY-MM-DD → « 01/12/2026 ». */
export function dayText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Which rules apply, in French. */
export function rulesLine(filingDate: string, newRules: boolean, dated: boolean): string {
  const when = dated
    ? `Dépôt prévu le ${dayText(filingDate)}`
    : `Sans date de dépôt prévue${NBSP}: vérification au ${dayText(filingDate)}`;
  return newRules
    ? `${when}${NBSP}: critères dans leur rédaction issue du décret n° 2025-500.`
    : `${when}${NBSP}: critères dans leur rédaction 2021-2025 (dépôt avant le 01/10/2025).`;
}
