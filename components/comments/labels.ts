import { criterionKind, findCriterion, NEW_RULES_FROM, numberLabel } from '@/utils/criteria';
import { criterionName } from '@/utils/criteria/criterion-name';
import type { ApplicableCriterion, Repertoire } from '@/utils/criteria/types';
import type { CommentStatus } from '@/utils/storage/records';

export { criterionName };

/** The dossier facts that decide the numbering and wording of the criteria. */
export interface DossierRules {
  repertoire: Repertoire;
  /** Filing date YYYY-MM-DD; null → today's rules. */
  filedOn: string | null;
}

export const STATUS_LABELS: Record<CommentStatus, string> = {
  a_traiter: 'À traiter',
  en_cours: 'En cours',
  corrige: 'Corrigé',
};
export const STATUSES: readonly CommentStatus[] = ['a_traiter', 'en_cours', 'corrige'];

const NNBSP = '\u202f';

/** The criterion as it applies to the dossier (its wording for the filing date), even if not yet in force. */
export function criterionFor(rules: DossierRules, number: string): ApplicableCriterion | undefined {
  return findCriterion(rules.repertoire, number, rules.filedOn ?? undefined, true);
}

/** Short name: « RNCP 6° », « RS 1° bis », « Refus sans examen — R. 6113-8-1, 2° », « Recevabilité ». */
export function criterionShortName(repertoire: Repertoire, number: string): string {
  switch (criterionKind(number)) {
    case 'admissibility':
      return 'Recevabilité';
    case 'refusal':
      return `Refus sans examen — ${numberLabel(number)}`;
    default:
      return `${repertoire} ${numberLabel(number)}`;
  }
}

export type ConfidenceLevel = 'elevee' | 'moyenne' | 'faible';

export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.75) return 'elevee';
  if (confidence >= 0.45) return 'moyenne';
  return 'faible';
}

const LEVEL_TEXT: Record<ConfidenceLevel, string> = {
  elevee: 'confiance élevée',
  moyenne: 'confiance moyenne',
  faible: 'confiance faible',
};

/** « confiance élevée · 95 % ». */
export function confidenceText(confidence: number): string {
  return `${LEVEL_TEXT[confidenceLevel(confidence)]} · ${percent(confidence)}`;
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}${NNBSP}%`;
}

/** « 3 remarques à traiter », « 1 remarque à traiter », « Aucune remarque à traiter ». */
export function remainingText(count: number): string {
  if (count === 0) return 'Aucune remarque à traiter';
  return `${count} remarque${count > 1 ? 's' : ''} à traiter`;
}

/** « 4 / 7 corrigées ». */
export function progressText(done: number, total: number): string {
  return `${done}${NNBSP}/${NNBSP}${total} corrigée${done > 1 ? 's' : ''}`;
}

/** ISO date or timestamp → « 12/03/2026 » (local day for timestamps). */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (plain) return `${plain[3]}/${plain[2]}/${plain[1]}`;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** Which wording of the criteria the dossier gets, in French. */
export function rulesText(rules: DossierRules): string {
  const from = formatDay(NEW_RULES_FROM);
  if (!rules.filedOn)
    return `Sans date de dépôt : critères ${rules.repertoire} dans leur rédaction actuelle.`;
  return rules.filedOn >= NEW_RULES_FROM
    ? `Dépôt le ${formatDay(rules.filedOn)} : critères ${rules.repertoire} issus du décret n° 2025-500.`
    : `Dépôt le ${formatDay(rules.filedOn)} (avant le ${from}) : critères ${rules.repertoire} dans leur rédaction 2021-2025.`;
}
