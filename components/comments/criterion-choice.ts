import { criterionFields, isAttachmentField, refineFields } from '@/utils/comments';
import { criteriaFor } from '@/utils/criteria';
import type { ApplicableCriterion } from '@/utils/criteria/types';
import { criterionShortName, type DossierRules } from './labels';

export interface CriterionOption {
  value: string;
  label: string;
}

export interface CriterionGroup {
  label: string;
  options: CriterionOption[];
}

function groupLabel(c: ApplicableCriterion, repertoire: string): string {
  if (c.kind === 'refusal') return 'Refus sans examen (R. 6113-8-1)';
  if (c.kind === 'admissibility') return 'Recevabilité';
  return repertoire === 'RNCP' ? 'Critères RNCP (R. 6113-9)' : 'Critères RS (R. 6113-11)';
}

function optionLabel(c: ApplicableCriterion, repertoire: DossierRules['repertoire']): string {
  if (c.kind === 'admissibility') return c.title;
  return `${criterionShortName(repertoire, c.number)} — ${c.title.replace(/^Refus sans examen\s*[—–-]\s*/, '')}`;
}

/**
 * Every criterion applicable to the dossier (repertoire and filing date), grouped for a <select>. A current
 * choice that does not apply at that date (engine match on a newer item) is kept in a group of its own.
 */
export function criterionGroups(rules: DossierRules, current: string | null): CriterionGroup[] {
  const list = criteriaFor(rules.repertoire, rules.filedOn ?? undefined);
  const groups: CriterionGroup[] = [];
  for (const c of list) {
    const label = groupLabel(c, rules.repertoire);
    let g = groups.find((x) => x.label === label);
    if (!g) {
      g = { label, options: [] };
      groups.push(g);
    }
    g.options.push({ value: c.number, label: optionLabel(c, rules.repertoire) });
  }
  if (current !== null && !list.some((c) => c.number === current)) {
    groups.push({
      label: 'Non applicable à cette date de dépôt',
      options: [
        { value: current, label: `${criterionShortName(rules.repertoire, current)} (non applicable)` },
      ],
    });
  }
  return groups;
}

/**
 * Fields and attachments to correct when the comment is linked to `number`: those the comment names itself,
 * then the criterion's own (as the comments engine lists them).
 */
export function fieldsForCriterion(rules: DossierRules, number: string | null, text: string): string[] {
  const target = number ? criterionFields(rules.repertoire, number) : { fields: [], attachments: [] };
  const out: string[] = [];
  for (const id of [...refineFields(text, rules.repertoire), ...target.fields, ...target.attachments]) {
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** Splits catalogue ids into form fields and attachments (files), keeping their order. */
export function splitFields(ids: readonly string[]): { fields: string[]; attachments: string[] } {
  return {
    fields: ids.filter((id) => !isAttachmentField(id)),
    attachments: ids.filter((id) => isAttachmentField(id)),
  };
}
