import { fieldsFor, getEnum, type Repertoire } from '@/utils/catalogue';
import { createDossier } from '@/utils/dossier/factory';
import type { AttachmentMeta, Dossier, FieldValue } from '@/utils/dossier/model';
import { setValue } from '@/utils/dossier/paths';

/** Reference date of the validation tests: 15 April 2026. */
export const TODAY = new Date(2026, 3, 15);

const SPECIFIC: Record<string, FieldValue> = {
  'compte.siretExiste': 'Oui',
  'compte.siret': '73282932000074',
  'compte.email': 'contact@exemple.fr',
  'compte.telephone': '01 22 33 44 55',
  'demande.certificateurs[].siret': '40483304800022',
  'demande.niveauSouhaite': 'NIV6',
  'fiche.codesNsf': ['326n'],
  'fiche.formacodes': ['31006'],
  'fiche.codesRome': ['K1403'],
  'fiche.blocs[].code': 'RNCP35185BC01',
  'fiche.existencePartenaires': 'Non',
  'promotions[].annee': 2025,
  'promotions[].nombreCertifies': 20,
  'promotions[].nombreCertifiesVae': 2,
  'promotions[].tauxInsertionGlobal6mois': 85,
};

function valueFor(id: string, kind: string, enumRef: string | null): FieldValue {
  if (id in SPECIFIC) return SPECIFIC[id] ?? null;
  if (/voiesAcces\.\w+\.autorise$/.test(id)) return 'Autorisé';
  if (kind === 'select') return getEnum(enumRef)?.values[0]?.code ?? 'Oui';
  if (kind === 'number') return 1;
  return 'Texte de test';
}

export function attachment(fieldId: string, documentDate: string | null = '2026-04-01'): AttachmentMeta {
  return {
    id: `a-${fieldId}`,
    fieldId,
    name: `${fieldId}.pdf`,
    type: 'application/pdf',
    size: 1,
    documentDate,
    addedAt: '2026-04-01',
  };
}

/** A dossier with every required item filled with valid values: validateDossier finds nothing. */
export function completeDossier(repertoire: Repertoire): Dossier {
  let d: Dossier = { ...createDossier(repertoire, 'Test', TODAY), groups: {} };
  const attachments: AttachmentMeta[] = [];
  for (const f of fieldsFor(repertoire)) {
    if (f.id === 'demande.repertoire' || f.group === 'partenaires' || f.group === 'corresp') continue;
    if (f.required.kind === 'never' && !(f.id in SPECIFIC) && !/compositionJury/.test(f.id)) continue;
    if (f.required.kind === 'when' && !/compositionJury|compte\.siret$/.test(f.id)) continue;
    if (f.kind === 'file') {
      attachments.push(attachment(f.id));
      continue;
    }
    d = setValue(d, f.id.replace('[]', '[0]'), valueFor(f.id, f.kind, f.enumRef));
  }
  return { ...d, attachments: attachments as Dossier['attachments'] };
}
