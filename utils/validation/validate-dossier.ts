import { type CatalogueField, fieldsFor } from '../catalogue';
import type { Dossier } from '../dossier/model';
import { getValue, groupPath } from '../dossier/paths';
import { appliesToDossier } from './applicability';
import { attachmentDateProblems } from './attachments';
import { checkValue } from './check-value';
import { consistencyProblems } from './consistency';
import { effectiveLimit } from './limits';
import { filledItems, groupMinimumProblems, missingAttachmentProblems, requirementOf } from './required';
import type { DossierInput, Problem, ValidateDossierOptions } from './types';

/**
 * Every problem of a dossier: required items (by repertoire and condition), lengths, formats,
 * list counts, consistency across fields and the dates of the documents that must be recent.
 */
export function validateDossier(d: DossierInput, opts: ValidateDossierOptions = {}): Problem[] {
  const today = opts.today ?? new Date();
  const fields = fieldsFor(d.repertoire).filter((f) => appliesToDossier(d, f.id));
  const check = (f: CatalogueField, path: string, index: number | null) => {
    const req = requirementOf(d, f, index);
    const { limit, source } = effectiveLimit(f.id, null, opts.limits?.[f.id]);
    return checkValue(f.id, getValue(d as Dossier, path), {
      path,
      today,
      requestKind: d.requestKind,
      limit,
      limitSource: source,
      required: req.required,
      ...(req.because ? { requiredBecause: req.because } : {}),
    });
  };
  const out: Problem[] = [];
  for (const f of fields) {
    if (f.kind === 'file') continue;
    if (!f.group) {
      out.push(...check(f, f.id, null));
      continue;
    }
    for (const { index } of filledItems(d, f.group)) out.push(...check(f, groupPath(f.id, index), index));
  }
  out.push(
    ...groupMinimumProblems(d),
    ...missingAttachmentProblems(d, fields),
    ...attachmentDateProblems(d.attachments, today, d.filedOn),
    ...consistencyProblems(d),
  );
  return out;
}
