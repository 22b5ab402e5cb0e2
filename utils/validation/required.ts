import { type CatalogueField, GROUPS, type GroupDef, type Repertoire } from '../catalogue';
import type { Dossier } from '../dossier/model';
import { getValue, groupPath, isFilled } from '../dossier/paths';
import type { DossierInput, Problem } from './types';

type DossierLike = DossierInput;

export interface Requirement {
  required: boolean;
  because?: string;
}

/** Whether a field must be filled in this dossier (at this group index), and why. */
export function requirementOf(
  d: DossierLike,
  field: CatalogueField,
  index: number | null = null,
): Requirement {
  const rule = field.required;
  if (rule.kind === 'always') return { required: true };
  if (rule.kind === 'never') return { required: false };
  const at = index !== null && rule.field.includes('[]') ? groupPath(rule.field, index) : rule.field;
  return getValue(d as Dossier, at) === rule.equals
    ? { required: true, because: rule.because }
    : { required: false };
}

/** The member a group-level problem points at, so « Ouvrir » lands on a real field. */
export const GROUP_ENTRY: Record<string, string> = {
  'demande.certificateurs': 'siret',
  'fiche.blocs': 'libelle',
  corresp: 'ficheDestination',
  partenaires: 'nom',
  promotions: 'annee',
};

export function entryPath(groupId: string, index = 0): { path: string; fieldId: string } {
  const fieldId = `${groupId}[].${GROUP_ENTRY[groupId] ?? 'libelle'}`;
  return { path: groupPath(fieldId, index), fieldId };
}

/** Records of a group that hold at least one value (an empty record is a blank form, not an item). */
export function filledItems(
  d: Pick<Dossier, 'groups'>,
  groupId: string,
): { item: Record<string, unknown>; index: number }[] {
  const items = d.groups[groupId] ?? [];
  return items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => Object.values(item).some((v) => isFilled(v as never)));
}

function minItemsOf(g: GroupDef, d: DossierLike): { min: number; because?: string } {
  const min = g.minItems[d.repertoire as Repertoire] ?? 0;
  if (g.id === 'partenaires' && getValue(d as Dossier, 'fiche.existencePartenaires') === 'Oui')
    return { min: Math.max(min, 1), because: 'vous avez indiqué l’existence de partenaires' };
  return { min };
}

const MIN_MESSAGES: Record<string, string> = {
  'demande.certificateurs': 'Indiquez au moins un certificateur.',
  'fiche.blocs':
    'Le RNCP demande au moins un bloc de compétences, avec sa liste de compétences et ses modalités d’évaluation.',
  partenaires: 'Ajoutez au moins un partenaire (organisme habilité)',
};

/** Groups with fewer filled records than the repertoire or a condition asks for. */
export function groupMinimumProblems(d: DossierLike): Problem[] {
  const out: Problem[] = [];
  for (const g of GROUPS) {
    const { min, because } = minItemsOf(g, d);
    if (min === 0 || filledItems(d, g.id).length >= min) continue;
    const base = MIN_MESSAGES[g.id] ?? `Ajoutez au moins ${min} élément(s) : ${g.label}.`;
    const message = because ? `${base.replace(/\.$/, '')} : ${because}.` : base;
    out.push({ ...entryPath(g.id), severity: 'error', code: 'group-min', message });
  }
  return out;
}

/** Required attachments (file fields) with no document attached. */
export function missingAttachmentProblems(d: DossierLike, fields: CatalogueField[]): Problem[] {
  const out: Problem[] = [];
  for (const f of fields) {
    if (f.kind !== 'file' || f.group) continue;
    const req = requirementOf(d, f);
    if (!req.required || d.attachments.some((a) => a.fieldId === f.id)) continue;
    const because = req.because ? ` car ${req.because}` : '';
    out.push({
      path: f.id,
      fieldId: f.id,
      severity: 'error',
      code: 'required',
      message: `Pièce jointe obligatoire${because}.`,
    });
  }
  return out;
}
