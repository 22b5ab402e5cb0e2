/**
 * Bloc codes. A registered fiche's blocs are coded RNCP<fiche number>BC<2 digits> (RNCP35185BC01).
 * A first request has no fiche number yet: France compétences gives it at registration. Until then
 * the blocs are numbered provisionally, BC01, BC02…, and become RNCP<number>BC01… once the number exists.
 */
import type { FormatIssue } from './formats';

export const FULL_BLOC_CODE = /^RNCP\d+BC\d{2}$/;
export const PROVISIONAL_BLOC_CODE = /^BC\d{2}$/;

/** The provisional code of the bloc at `index` (0-based): BC01, BC02… */
export function provisionalBlocCode(index: number): string {
  return `BC${String(index + 1).padStart(2, '0')}`;
}

/** « rncp 35185 - bc 1 » → « RNCP35185BC01 », « bc1 » → « BC01 »; anything else trimmed, as typed. */
export function normaliseBlocCode(raw: string): string {
  const t = raw.trim();
  const m = /^(?:RNCP\s?(\d{3,6})\s?[-_ ]?\s?)?BC\s?(\d{1,2})$/i.exec(t);
  if (!m) return t;
  return `${m[1] ? `RNCP${m[1]}` : ''}BC${m[2]?.padStart(2, '0')}`;
}

export interface BlocCodeContext {
  /**
   * The request's kind: a first request may use provisional codes, a renewal is warned; unknown
   * (a platform page checked without its dossier) accepts them, since only the dossier can tell.
   */
  requestKind?: 'premiere' | 'renouvellement' | null;
}

const EXAMPLE = 'RNCP, le numéro de la fiche, BC et 2 chiffres (ex. RNCP35185BC01)';

/** A bloc code's problem in its context, or null. */
export function checkBlocCodeIn(v: string, ctx: BlocCodeContext = {}): FormatIssue | null {
  if (FULL_BLOC_CODE.test(v)) return null;
  if (PROVISIONAL_BLOC_CODE.test(v))
    return ctx.requestKind === 'renouvellement'
      ? {
          code: 'bloc-provisional',
          severity: 'warning',
          message: `Code provisoire « ${v} » : pour un renouvellement, indiquez le code complet du bloc, ${EXAMPLE}.`,
        }
      : null;
  const provisional =
    ctx.requestKind === 'renouvellement'
      ? ''
      : ', ou pour une première demande un code provisoire (BC01, BC02…)';
  return {
    code: 'format-bloc',
    message: `Code de bloc invalide : « ${v} ». Format attendu : ${EXAMPLE}${provisional}.`,
  };
}
