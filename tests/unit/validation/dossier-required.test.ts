import { describe, expect, it } from 'vitest';
import type { Dossier } from '@/utils/dossier/model';
import { setValue } from '@/utils/dossier/paths';
import { validateDossier } from '@/utils/validation';
import { completeDossier, TODAY } from './complete-dossier';

const run = (d: Dossier) => validateDossier(d, { today: TODAY }).map((p) => [p.path, p.code]);
const set = (d: Dossier, path: string, v: Parameters<typeof setValue>[2]) => setValue(d, path, v);

describe('validateDossier: required items by repertoire and condition', () => {
  it('a complete dossier has no problem (RNCP and RS)', () => {
    expect(run(completeDossier('RNCP'))).toEqual([]);
    expect(run(completeDossier('RS'))).toEqual([]);
  });

  it('a required field left empty', () => {
    expect(run(set(completeDossier('RNCP'), 'fiche.intitule', ''))).toEqual([['fiche.intitule', 'required']]);
  });

  it('RNCP-only fields are not asked of an RS dossier, and the other way round', () => {
    const rs = completeDossier('RS');
    expect(rs.values['fiche.codesRome']).toBeUndefined();
    expect(run(rs)).toEqual([]);
    const rncp = set(completeDossier('RNCP'), 'fiche.modalitesEvaluation', null);
    expect(run(rncp)).toEqual([]);
    expect(run(set(completeDossier('RS'), 'fiche.modalitesEvaluation', null))).toEqual([
      ['fiche.modalitesEvaluation', 'required'],
    ]);
  });

  it('jury composition is required when its voie d’accès is « Autorisé », not otherwise', () => {
    const open = set(completeDossier('RNCP'), 'fiche.voiesAcces.fc.compositionJury', '');
    const p = validateDossier(open, { today: TODAY });
    expect(p.map((x) => [x.path, x.code])).toEqual([['fiche.voiesAcces.fc.compositionJury', 'required']]);
    expect(p[0]?.message).toBe('Ce champ est obligatoire car cette voie d’accès est ouverte.');
    const closed = set(open, 'fiche.voiesAcces.fc.autorise', 'Non autorisé');
    expect(run(closed)).toEqual([]);
  });

  it('a renewal needs the previous code', () => {
    const d: Dossier = { ...completeDossier('RNCP'), requestKind: 'renouvellement' };
    const withBilan = {
      ...d,
      attachments: [...d.attachments, { ...d.attachments[0]!, id: 'b', fieldId: 'pieces.bilanMiseEnOeuvre' }],
    };
    const p = validateDossier(withBilan, { today: TODAY });
    expect(p.map((x) => [x.path, x.code])).toEqual([['demande.numeroFichePrecedente', 'required']]);
    expect(p[0]?.message).toBe('Ce champ est obligatoire car la demande est un renouvellement.');
    expect(run({ ...withBilan, previousCode: 'RNCP12345' })).toEqual([]);
  });

  it('a renewal needs the bilan de mise en œuvre', () => {
    const d: Dossier = { ...completeDossier('RS'), requestKind: 'renouvellement', previousCode: 'RS1234' };
    expect(run(d)).toEqual([['pieces.bilanMiseEnOeuvre', 'required']]);
  });

  it('SIRET or dénomination + adresse depending on « possède un SIRET »', () => {
    const noSiret = set(set(completeDossier('RNCP'), 'compte.siretExiste', 'Non'), 'compte.siret', null);
    expect(run(noSiret)).toEqual([
      ['compte.denomination', 'required'],
      ['compte.adresse', 'required'],
    ]);
    expect(run(set(completeDossier('RNCP'), 'compte.siret', ''))).toEqual([['compte.siret', 'required']]);
  });

  it('RNCP needs at least one bloc; an empty bloc record does not count', () => {
    const none = {
      ...completeDossier('RNCP'),
      groups: { ...completeDossier('RNCP').groups, 'fiche.blocs': [{}] },
    };
    const p = validateDossier(none, { today: TODAY });
    expect(p.map((x) => [x.path, x.code])).toEqual([['fiche.blocs[0].libelle', 'group-min']]);
    expect(p[0]?.message).toContain('au moins un bloc de compétences');
  });

  it('each bloc needs its compétences and modalités d’évaluation', () => {
    let d = completeDossier('RNCP');
    d = set(d, 'fiche.blocs[1].code', 'RNCP35185BC02');
    d = set(d, 'fiche.blocs[1].libelle', 'Piloter un projet');
    expect(run(d)).toEqual([
      ['fiche.blocs[1].listeCompetences', 'required'],
      ['fiche.blocs[1].modalitesEvaluation', 'required'],
    ]);
  });

  it('partenaires are needed when « Existence de partenaires » = Oui, each with SIRET, nom and habilitation', () => {
    const yes = set(completeDossier('RNCP'), 'fiche.existencePartenaires', 'Oui');
    const p = validateDossier(yes, { today: TODAY });
    expect(p.map((x) => [x.path, x.code])).toEqual([['partenaires[0].nom', 'group-min']]);
    expect(p[0]?.message).toContain('vous avez indiqué l’existence de partenaires');
    const one = set(yes, 'partenaires[0].nom', 'Organisme A');
    expect(run(one)).toEqual([
      ['partenaires[0].siret', 'required'],
      ['partenaires[0].habilitation', 'required'],
    ]);
  });

  it('RNCP and RS need a certificateur', () => {
    const d = { ...completeDossier('RS'), groups: {} };
    expect(run(d)).toEqual([['demande.certificateurs[0].siret', 'group-min']]);
  });

  it('checks lengths against remembered page limits', () => {
    const d = set(completeDossier('RNCP'), 'fiche.intitule', 'x'.repeat(11));
    expect(run(d)).toEqual([]);
    const p = validateDossier(d, { today: TODAY, limits: { 'fiche.intitule': 10 } });
    expect(p.map((x) => x.message)).toEqual([
      '1 caractère en trop (limite : 10, relevée précédemment sur la page)',
    ]);
    expect(validateDossier(d, { today: TODAY, limits: { 'fiche.intitule': 11 } })).toEqual([]);
  });

  it('checks formats inside groups with their index', () => {
    const d = set(completeDossier('RNCP'), 'fiche.blocs[0].code', 'BC1');
    expect(run(d)).toEqual([['fiche.blocs[0].code', 'format-bloc']]);
  });

  it('accepts a dossier whose attachments have no bytes (DTO)', () => {
    const d = completeDossier('RS');
    expect(
      validateDossier(
        {
          ...d,
          attachments: d.attachments.map(({ fieldId, name, documentDate }) => ({
            fieldId,
            name,
            documentDate,
          })),
        },
        { today: TODAY },
      ),
    ).toEqual([]);
  });
});

describe('validateDossier: criteria that apply by filing date and procedure', () => {
  it('2° bis and 2° ter are required only for requests filed from 1 October 2025', () => {
    const d = set(
      set(completeDossier('RNCP'), 'rncp.critere2bis.argumentaire', ''),
      'rncp.critere2ter.argumentaire',
      '',
    );
    expect(run({ ...d, filedOn: '2025-09-30' })).toEqual([]);
    expect(run({ ...d, filedOn: '2025-10-01' })).toEqual([
      ['rncp.critere2bis.argumentaire', 'required'],
      ['rncp.critere2ter.argumentaire', 'required'],
    ]);
    expect(run({ ...d, filedOn: null }).map((p) => p[0])).toContain('rncp.critere2bis.argumentaire');
  });

  it('métiers en émergence (R. 6113-10): criteria 1° to 2° ter do not apply', () => {
    let d = completeDossier('RNCP');
    for (const c of ['1', '2', '2bis', '2ter']) d = set(d, `rncp.critere${c}.argumentaire`, '');
    d = set(d, 'demande.procedure', 'Métiers particulièrement en évolution ou en émergence (R. 6113-10)');
    expect(run(d)).toEqual([]);
    expect(run(set(d, 'demande.procedure', 'Procédure standard'))).toHaveLength(4);
  });
});
