import { getField } from '../catalogue';
import type { DossierDto } from '../dossier/model';
import { formatCount, textLength } from './length';
import { displayPageValue, isEmptyPageValue, pageHolds } from './page-value';
import { targetFor } from './target';
import type { PageFieldState, PlanItem } from './types';
import { valueErrors } from './value-errors';

/**
 * Decides, for one recognised control, what pre-fill would do. Never writes an undecided field,
 * never overwrites a non-empty differing value unless asked, never truncates a value too long,
 * never writes into a control the person cannot see.
 */
export function planField(state: PageFieldState, dossier: DossierDto): PlanItem {
  const base = {
    key: state.key,
    path: state.path,
    label: state.label,
    control: state.control,
    current: displayPageValue(state),
    target: '',
  };
  if (state.decision === 'ignored') return { ...base, decision: 'ignore' };
  if (state.decision === 'a_verifier' || !state.path) {
    const best = getField(state.candidates[0]?.fieldId ?? '');
    return {
      ...base,
      decision: 'a_verifier',
      note: best ? `Champ probable : ${best.shortLabel}` : undefined,
    };
  }
  const target = targetFor(state, dossier);
  if (target.kind === 'none') return { ...base, decision: 'sans_valeur' };
  if (target.kind === 'no_option')
    return {
      ...base,
      target: target.display,
      decision: 'option_introuvable',
      note: 'Aucune option de la page ne correspond à la valeur du dossier.',
    };
  const item = {
    ...base,
    target: target.display,
    ...(target.notOffered ? { notOffered: target.notOffered } : {}),
  };
  if (pageHolds(state.value, target.op)) return { ...item, decision: 'identique' };
  // What the person cannot see is never written, whatever it holds (a hidden tab, a decoy).
  if (state.hidden) return { ...item, decision: 'invisible', note: state.hidden };
  if (!state.editable) return { ...item, decision: 'non_modifiable' };
  // Wrong by the product's own checks, or longer than the page allows: shown, written only if ticked.
  const errors = state.fieldId ? valueErrors(dossier, state.path, state.fieldId) : [];
  if (errors.length > 0) return { ...item, decision: 'invalide', note: errors.join(' '), write: target.op };
  if (target.op.kind === 'text' && state.limit) {
    const n = textLength(target.op.text);
    if (n > state.limit.limit)
      return {
        ...item,
        decision: 'trop_long',
        note: `${formatCount(n)} caractères pour ${formatCount(state.limit.limit)} autorisés (limite ${state.limit.source}). Raccourcissez le texte dans le dossier, ou cochez pour l’écrire tel quel.`,
        write: target.op,
      };
  }
  const offered = target.notOffered
    ? { note: `La page ne propose pas : ${target.notOffered.join(', ')} (non écrit).` }
    : {};
  if (isEmptyPageValue(state.value)) return { ...item, ...offered, decision: 'a_remplir', write: target.op };
  return { ...item, ...offered, decision: 'different', write: target.op };
}

/** Decisions written only when the person ticks them (« Remplacer », « Écrire quand même »). */
export const WRITTEN_IF_TICKED: ReadonlySet<PlanItem['decision']> = new Set([
  'different',
  'invalide',
  'trop_long',
]);

export function planPage(states: readonly PageFieldState[], dossier: DossierDto): PlanItem[] {
  return states.map((s) => planField(s, dossier));
}

/**
 * Items that « Appliquer » writes: every « à remplir », and the « différent », « invalide » and
 * « trop long » ones the user ticked (by key, or by path for an item created during the fill).
 */
export function itemsToWrite(plan: readonly PlanItem[], ticked: ReadonlySet<string>): PlanItem[] {
  return plan.filter(
    (p) =>
      p.write &&
      (p.decision === 'a_remplir' ||
        (WRITTEN_IF_TICKED.has(p.decision) &&
          (ticked.has(p.key) || (p.path !== null && ticked.has(p.path))))),
  );
}
