import { getField } from '../catalogue';
import type { DossierDto } from '../dossier/model';
import { formatCount, textLength } from './length';
import { displayPageValue, isEmptyPageValue, pageHolds } from './page-value';
import { targetFor } from './target';
import type { PageFieldState, PlanItem } from './types';

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
  const item = { ...base, target: target.display };
  if (pageHolds(state.value, target.op)) return { ...item, decision: 'identique' };
  // What the person cannot see is never written, whatever it holds (a hidden tab, a decoy).
  if (state.hidden) return { ...item, decision: 'invisible', note: state.hidden };
  if (!state.editable) return { ...item, decision: 'non_modifiable' };
  if (target.op.kind === 'text' && state.limit) {
    const n = textLength(target.op.text);
    if (n > state.limit.limit)
      return {
        ...item,
        decision: 'trop_long',
        note: `${formatCount(n)} caractères pour ${formatCount(state.limit.limit)} autorisés (${state.limit.source}). Raccourcissez le texte dans le dossier.`,
      };
  }
  if (isEmptyPageValue(state.value)) return { ...item, decision: 'a_remplir', write: target.op };
  return { ...item, decision: 'different', write: target.op };
}

export function planPage(states: readonly PageFieldState[], dossier: DossierDto): PlanItem[] {
  return states.map((s) => planField(s, dossier));
}

/** Items that « Appliquer » writes: every « à remplir », and the « différent » ones the user ticked. */
export function itemsToWrite(plan: readonly PlanItem[], overwrite: ReadonlySet<string>): PlanItem[] {
  return plan.filter(
    (p) =>
      p.write &&
      (p.decision === 'a_remplir' ||
        (p.decision === 'different' && (overwrite.has(p.key) || (p.path !== null && overwrite.has(p.path))))),
  );
}
