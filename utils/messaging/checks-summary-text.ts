import type { PageChecksSummary } from './checks-protocol';

type Counts = Pick<PageChecksSummary, 'recognised' | 'toVerify' | 'missing' | 'errors' | 'warnings'>;

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** « 12 champs reconnus · 2 à vérifier · 1 erreur · 3 à compléter ». */
export function statsText(s: Counts): string {
  return [
    plural(s.recognised, 'champ reconnu', 'champs reconnus'),
    `${s.toVerify} à vérifier`,
    plural(s.errors, 'erreur', 'erreurs'),
    `${s.missing} à compléter`,
    ...(s.warnings > 0 ? [plural(s.warnings, 'avertissement', 'avertissements')] : []),
  ].join(' · ');
}

/** The short line of the collapsed summary: what needs doing first. */
export function headline(s: Counts): string {
  const parts = [
    ...(s.errors > 0 ? [plural(s.errors, 'erreur', 'erreurs')] : []),
    ...(s.missing > 0 ? [`${s.missing} à compléter`] : []),
    ...(s.toVerify > 0 ? [`${s.toVerify} à vérifier`] : []),
  ];
  return `Certifill : ${parts.length > 0 ? parts.join(' · ') : 'rien à signaler'}`;
}

export const KIND_LABEL = {
  error: 'Erreur',
  missing: 'À compléter',
  warning: 'Avertissement',
  a_verifier: 'À vérifier',
} as const;
