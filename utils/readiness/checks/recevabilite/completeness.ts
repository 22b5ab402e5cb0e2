import { getField, sectionTitle } from '../../../catalogue';
import { parseIsoDate } from '../../../validation/dates';
import { sectionOf } from '../../../validation/section-of';
import { validateDossier } from '../../../validation/validate-dossier';
import { problemLabel } from '../../labels';
import { TELEPROCEDURE } from '../../sources';
import { frenchList } from '../../text';
import type { FindingDraft, ReadinessCheck } from '../../types';

/** Most labels shown in one finding; the paths list them all. */
const SHOWN = 5;

/**
 * Recevabilité: the dossier is complete and its values are well formed. Reuses the validation rules
 * (required fields by repertoire and condition, formats, consistency) for every field no criterion check
 * already reads, grouped by section.
 */
export function completenessCheck(others: readonly ReadinessCheck[]): ReadinessCheck {
  const claimedBy = (repertoire: 'RNCP' | 'RS') =>
    new Set(others.filter((c) => (c.criteria[repertoire]?.length ?? 0) > 0).flatMap((c) => c.fields));
  const claimed = { RNCP: claimedBy('RNCP'), RS: claimedBy('RS') };
  return {
    id: 'completude',
    title: 'Les champs obligatoires sont remplis et les valeurs bien formées',
    criteria: { RNCP: ['recevabilite'], RS: ['recevabilite'] },
    sources: [TELEPROCEDURE],
    fields: [],
    run(ctx) {
      const mine = claimed[ctx.repertoire];
      const today = parseIsoDate(ctx.filingDate) ?? new Date();
      const problems = validateDossier(ctx.dossier, { today }).filter(
        (p) => p.severity === 'error' && !mine.has(p.fieldId) && getField(p.fieldId)?.section !== 'criteres',
      );
      const groups = new Map<string, { missing: typeof problems; invalid: typeof problems }>();
      for (const p of problems) {
        const section = sectionOf(p);
        const g = groups.get(section) ?? { missing: [], invalid: [] };
        (p.code === 'required' || p.code === 'group-min' ? g.missing : g.invalid).push(p);
        groups.set(section, g);
      }
      const out: FindingDraft[] = [];
      for (const [section, g] of groups) {
        const title = sectionTitle(section as Parameters<typeof sectionTitle>[0]);
        if (g.missing.length > 0) {
          const labels = g.missing.map(problemLabel);
          out.push({
            severity: 'bloquant',
            message: `${title} : ${g.missing.length > 1 ? `${g.missing.length} éléments obligatoires manquent` : 'un élément obligatoire manque'} (${frenchList(labels.slice(0, SHOWN))}${labels.length > SHOWN ? '…' : ''}).`,
            paths: g.missing.map((p) => p.path),
          });
        }
        for (const p of g.invalid)
          out.push({ severity: 'bloquant', message: `${problemLabel(p)} : ${p.message}`, paths: [p.path] });
      }
      return out;
    },
  };
}
