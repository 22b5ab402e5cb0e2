import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readDossierExport } from '@/utils/readiness/read-export';
import type { ReadinessDossier } from '@/utils/readiness/types';

/** Filing date of the readiness tests: the samples' Kbis and B3 (Oct–Nov 2026) are then under 3 months. */
export const ON = '2026-12-01';

const root = resolve(__dirname, '../../..');

export function sample(name: 'rncp' | 'rs'): ReadinessDossier {
  const read = readDossierExport(
    readFileSync(resolve(root, `tests/fixtures/dossiers/sample-${name}.json`), 'utf8'),
  );
  if (!read.ok) throw new Error(read.errors.join('\n'));
  const d = read.dossiers[0]?.dossier;
  if (!d) throw new Error('empty sample');
  return d;
}

export function piece(fieldId: string, name: string, documentDate: string | null = null) {
  return {
    id: `t-${fieldId}-${name}`,
    fieldId,
    name,
    type: 'application/pdf',
    size: 10,
    documentDate,
    addedAt: '2026-11-20T10:00:00.000Z',
  };
}

export const withValues = (d: ReadinessDossier, values: Record<string, unknown>): ReadinessDossier => ({
  ...d,
  values: { ...d.values, ...(values as ReadinessDossier['values']) },
});

export const withGroup = (
  d: ReadinessDossier,
  group: string,
  items: Record<string, unknown>[],
): ReadinessDossier => ({
  ...d,
  groups: { ...d.groups, [group]: items as ReadinessDossier['groups'][string] },
});

export const withPieces = (d: ReadinessDossier, ...pieces: ReturnType<typeof piece>[]): ReadinessDossier => ({
  ...d,
  attachments: [...d.attachments, ...pieces],
});

export const without = (d: ReadinessDossier, fieldId: string): ReadinessDossier => ({
  ...d,
  attachments: d.attachments.filter((a) => a.fieldId !== fieldId),
});

const ADJUSTMENTS =
  ' Les candidats en situation de handicap bénéficient d’aménagements d’épreuves (temps majoré, supports adaptés) décidés avec le référent handicap.';

/** The RNCP sample with what it lacks added: every criterion is then « prêt ». */
export function readyRncp(): ReadinessDossier {
  let d = sample('rncp');
  d = withGroup(d, 'promotions', [
    ...(d.groups.promotions ?? []),
    {
      annee: 2026,
      nombreCertifies: 30,
      nombreCertifiesVae: 3,
      tauxInsertionGlobal6mois: 80,
      tauxInsertionMetier6mois: 70,
    },
  ]);
  d = withValues(d, {
    'rncp.critere2bis.argumentaire': `${d.values['rncp.critere2bis.argumentaire']} Les partenaires habilités appliquent le même cahier des charges de moyens, vérifié lors de chaque audit.`,
    'rncp.critere4.argumentaire': `${d.values['rncp.critere4.argumentaire']}${ADJUSTMENTS}`,
  });
  return withPieces(
    d,
    piece('rncp.critere2bis.pieces', 'cv-formateurs-et-plateaux.pdf'),
    piece('rncp.critere2ter.pieces', 'programme-et-tableau-modules-competences.pdf'),
    piece('pieces.procedureControle', 'procedure-controle-sessions.pdf'),
    piece('rncp.critere4.pieces', 'modele-convention-partenaires.pdf'),
    piece('rncp.critere4.pieces', 'cahier-des-charges-habilitation.pdf'),
    piece('pieces.dispositifVae', 'dispositif-vae-et-trame-dossier.pdf'),
    piece('pieces.tableauCorrespondances', 'tableau-correspondance-bloc3.pdf'),
    piece('pieces.cpne', 'avis-cpne-syntec.pdf'),
  );
}

/** The RS sample with what it lacks added. */
export function readyRs(): ReadinessDossier {
  let d = sample('rs');
  d = withValues(d, {
    'rs.critere1quater.argumentaire': `${d.values['rs.critere1quater.argumentaire']} Le partenaire habilité de Nantes dispose d’un plateau équivalent, vérifié lors de l’audit annuel.`,
    'rs.critere2.argumentaire': `${d.values['rs.critere2.argumentaire']} Le paramétrage de la supervision à distance des bornes connectées intègre la transition numérique.`,
    'rs.critere3.argumentaire': `${d.values['rs.critere3.argumentaire']}${ADJUSTMENTS}`,
    'rs.critere6.argumentaire':
      'La CPNE de la branche n’a pas été associée car la certification, complémentaire au métier d’électricien, a été construite avec les installateurs et le gestionnaire de réseau, sans projet de CQP.',
  });
  return withPieces(
    d,
    piece('rs.critere1quater.pieces', 'cv-formateurs-irve.pdf'),
    piece('rs.critere1quinquies.pieces', 'programme-21h-et-correspondance.pdf'),
    piece('pieces.procedureControle', 'procedure-controle-sessions.pdf'),
    piece('rs.critere3.pieces', 'modele-convention-partenaire.pdf'),
    piece('rs.critere3.pieces', 'cahier-des-charges-organismes.pdf'),
  );
}
