import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { XML_TAGS } from '@/utils/catalogue/xml-tags.data';
import { FicheReadError } from '@/utils/fiche/errors';
import { ficheToDossier } from '@/utils/fiche/to-dossier';
import { isoFromFrenchDate } from '@/utils/fiche/values';
import { readDomain } from '../../helpers/domain';
import { readAll } from './helpers';

async function fiche(inner: string) {
  const [node] = await readAll(
    strToU8(`<FICHES><VERSION_FLUX>4.1</VERSION_FLUX><FICHE>${inner}</FICHE></FICHES>`),
  );
  return ficheToDossier(node!, new Date('2026-05-01T10:00:00Z'));
}

const partenaire = (i: number, etat = 'Actif') =>
  `<PARTENAIRE><NOM_PARTENAIRE>Organisme ${i}</NOM_PARTENAIRE><SIRET_PARTENAIRE>${String(10_000_000_000_000 + i)}</SIRET_PARTENAIRE>` +
  `<HABILITATION_PARTENAIRE>HABILITATION_FORMER</HABILITATION_PARTENAIRE><ETAT_HABILITATION>${etat}</ETAT_HABILITATION></PARTENAIRE>`;

describe('ficheToDossier', () => {
  it('uses the catalogue’s xmlTag mapping of fc-fields.json', () => {
    const domain = readDomain<{ id: string; xmlTag?: string | null }[]>('fc-fields.json');
    expect(XML_TAGS).toEqual(Object.fromEntries(domain.filter((f) => f.xmlTag).map((f) => [f.id, f.xmlTag])));
  });

  it('makes a renewal of the fiche’s own number, named after it', async () => {
    const { dossier, report } = await fiche(
      '<NUMERO_FICHE>rncp12345</NUMERO_FICHE><INTITULE>Technicien</INTITULE>' +
        '<ANCIENNES_CERTIFICATIONS><ANCIENNE_CERTIFICATION><ID_FICHE_ANCIENNE_CERTIFICATION>RNCP999</ID_FICHE_ANCIENNE_CERTIFICATION></ANCIENNE_CERTIFICATION></ANCIENNES_CERTIFICATIONS>' +
        '<DATE_DECISION>17/03/2021</DATE_DECISION><DATE_FIN_ENREGISTREMENT>31/02/2026</DATE_FIN_ENREGISTREMENT>',
    );
    expect(dossier).toMatchObject({
      repertoire: 'RNCP',
      requestKind: 'renouvellement',
      previousCode: 'RNCP12345',
      name: 'Technicien — renouvellement RNCP12345',
      createdAt: '2026-05-01T10:00:00.000Z',
    });
    expect(report.registration).toMatchObject({ decidedOn: '2021-03-17', endsOn: null });
    expect(report.skipped.find((s) => s.path.startsWith('ANCIENNES'))?.sample).toBe('RNCP999');
  });

  it('maps Oui/Non, levels and habilitations to the platform’s choices; bad values become warnings', async () => {
    const { dossier, report } = await fiche(
      '<NUMERO_FICHE>RNCP1</NUMERO_FICHE><NOMENCLATURE_EUROPE><NIVEAU>Niveau 6</NIVEAU></NOMENCLATURE_EUROPE>' +
        '<EXISTENCE_PARTENAIRES>Non</EXISTENCE_PARTENAIRES><SI_JURY_VAE><ACTIF>Oui</ACTIF></SI_JURY_VAE>' +
        '<SI_JURY_CL><ACTIF>Non</ACTIF></SI_JURY_CL><ACCESSIBLE_POLYNESIE_FRANCAISE>Peut-être</ACCESSIBLE_POLYNESIE_FRANCAISE>' +
        '<DUREE_ENREGISTREMENT>cinq</DUREE_ENREGISTREMENT>' +
        '<PARTENAIRES><PARTENAIRE><NOM_PARTENAIRE>X</NOM_PARTENAIRE><HABILITATION_PARTENAIRE>HABILITATION_INCONNUE</HABILITATION_PARTENAIRE></PARTENAIRE></PARTENAIRES>',
    );
    expect(dossier.values).toMatchObject({
      'demande.niveauSouhaite': 'NIV6',
      'fiche.existencePartenaires': 'Non',
      'fiche.voiesAcces.vae.autorise': 'Autorisé',
      'fiche.voiesAcces.cl.autorise': 'Non autorisé',
    });
    expect(dossier.values['fiche.accessiblePolynesie']).toBeUndefined();
    expect(dossier.groups.partenaires).toEqual([{ nom: 'X' }]);
    expect(report.warnings).toHaveLength(3);
    for (const bad of ['« Peut-être »', '« cinq »', 'HABILITATION_INCONNUE'])
      expect(report.warnings.join('\n')).toContain(bad);
  });

  it('keeps unknown elements in the report with a sample, and fails on none of them', async () => {
    const { report } = await fiche(
      '<NUMERO_FICHE>RS77</NUMERO_FICHE><CODES_IDCC><IDCC><CODE>1486</CODE></IDCC></CODES_IDCC>' +
        '<CCN_1>Syntec</CCN_1><NOUVEAUTE><DETAIL>un</DETAIL><DETAIL>deux</DETAIL></NOUVEAUTE>',
    );
    expect(report.unknown).toEqual([
      { path: 'CCN_1', count: 1, sample: 'Syntec', reason: null },
      { path: 'NOUVEAUTE/DETAIL', count: 2, sample: 'un', reason: null },
    ]);
    expect(report.imported.map((i) => i.id)).toContain('fiche.idcc');
  });

  it('imports hundreds of partenaires and leaves out those no longer habilitated', async () => {
    const items = Array.from({ length: 400 }, (_, i) => partenaire(i, i % 100 === 5 ? 'Supprimé' : 'Actif'));
    const { dossier, report } = await fiche(
      `<NUMERO_FICHE>RS5</NUMERO_FICHE><PARTENAIRES>${items.join('')}</PARTENAIRES>`,
    );
    expect(dossier.groups.partenaires).toHaveLength(396);
    expect(dossier.groups.partenaires?.[0]).toEqual({
      nom: 'Organisme 0',
      siret: '10000000000000',
      habilitation: 'HABILITATION_FORMER',
    });
    const left = report.skipped.filter((s) => s.reason?.includes('Supprimé'));
    expect(left.map((s) => s.sample)).toEqual([
      'Organisme 5 (SIRET 10000000000005)',
      'Organisme 105 (SIRET 10000000000105)',
      'Organisme 205 (SIRET 10000000000205)',
      'Organisme 305 (SIRET 10000000000305)',
    ]);
  });

  it('puts an RS fiche’s MODALITES_EVALUATION in its field and leaves RNCP-only elements out', async () => {
    const { dossier, report } = await fiche(
      '<NUMERO_FICHE>RS10</NUMERO_FICHE><MODALITES_EVALUATION>Épreuve écrite    - QCM    - étude de cas</MODALITES_EVALUATION>' +
        '<ACTIVITES_VISEES>Texte RNCP</ACTIVITES_VISEES>' +
        '<BLOCS_COMPETENCES><BLOC_COMPETENCES><CODE>X</CODE></BLOC_COMPETENCES></BLOCS_COMPETENCES>',
    );
    expect(dossier.values['fiche.modalitesEvaluation']).toBe(
      '<p>Épreuve écrite</p><ul><li>QCM</li><li>étude de cas</li></ul>',
    );
    expect(dossier.values['fiche.activitesVisees']).toBeUndefined();
    expect(dossier.groups['fiche.blocs']).toBeUndefined();
    expect(report.skipped.map((s) => s.path)).toEqual(
      expect.arrayContaining(['ACTIVITES_VISEES', 'BLOCS_COMPETENCES/BLOC_COMPETENCES']),
    );
  });

  it('sanitizes the HTML that older exports hold', async () => {
    const { dossier } = await fiche(
      '<NUMERO_FICHE>RNCP2</NUMERO_FICHE><BLOCS_COMPETENCES><BLOC_COMPETENCES><CODE>RNCP2BC01</CODE>' +
        '<LISTE_COMPETENCES>&lt;p&gt;Analyser&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;&lt;ul&gt;&lt;li&gt;un&lt;/li&gt;&lt;/ul&gt;</LISTE_COMPETENCES>' +
        '</BLOC_COMPETENCES></BLOCS_COMPETENCES>',
    );
    expect(dossier.groups['fiche.blocs']).toEqual([
      { code: 'RNCP2BC01', listeCompetences: '<p>Analyser</p><ul><li>un</li></ul>' },
    ]);
  });

  it('refuses a fiche without a number it can renew', async () => {
    await expect(fiche('<INTITULE>Sans numéro</INTITULE>')).rejects.toBeInstanceOf(FicheReadError);
    await expect(fiche('<NUMERO_FICHE>ABC12</NUMERO_FICHE>')).rejects.toThrow(/ABC12/);
  });
});

describe('isoFromFrenchDate', () => {
  it('reads JJ/MM/AAAA and refuses impossible dates', () => {
    expect(isoFromFrenchDate('01/09/2023')).toBe('2023-09-01');
    expect(isoFromFrenchDate('29/02/2024')).toBe('2024-02-29');
    expect(isoFromFrenchDate('29/02/2023')).toBeNull();
    expect(isoFromFrenchDate('2023-09-01')).toBeNull();
  });
});
