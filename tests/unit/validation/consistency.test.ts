import { describe, expect, it } from 'vitest';
import type { Dossier } from '@/utils/dossier/model';
import { setValue } from '@/utils/dossier/paths';
import { validateDossier } from '@/utils/validation';
import { completeDossier, TODAY } from './complete-dossier';

const run = (d: Dossier) => validateDossier(d, { today: TODAY }).map((p) => [p.path, p.code, p.severity]);

describe('validateDossier: consistency across fields', () => {
  it('RNCP must open VAE (voie « Par expérience » Autorisé)', () => {
    const d = setValue(completeDossier('RNCP'), 'fiche.voiesAcces.vae.autorise', 'Non autorisé');
    expect(run(d)).toEqual([['fiche.voiesAcces.vae.autorise', 'vae-closed', 'error']]);
    const rs = setValue(completeDossier('RS'), 'fiche.voiesAcces.vae.autorise', 'Non autorisé');
    expect(run(rs)).toEqual([]);
  });

  it('at least one voie d’accès is open', () => {
    let d = completeDossier('RS');
    for (const v of ['fi', 'fc', 'cq', 'cl', 'vae'])
      d = setValue(d, `fiche.voiesAcces.${v}.autorise`, 'Non autorisé');
    expect(run(d)).toEqual([['fiche.voiesAcces.fi.autorise', 'no-voie', 'error']]);
  });

  it('an RS certification has no blocs', () => {
    const d = setValue(completeDossier('RS'), 'fiche.blocs[0].libelle', 'Un bloc');
    expect(run(d)).toEqual([['fiche.blocs[0].libelle', 'rs-blocs', 'error']]);
  });

  it('a first request with a previous code is suspicious; a renewal’s code matches the repertoire', () => {
    expect(run({ ...completeDossier('RS'), previousCode: 'RS1234' })).toEqual([
      ['demande.numeroFichePrecedente', 'previous-code-unexpected', 'warning'],
    ]);
    const d = completeDossier('RS');
    const renewal: Dossier = {
      ...d,
      requestKind: 'renouvellement',
      previousCode: 'RNCP12345',
      attachments: [...d.attachments, { ...d.attachments[0]!, id: 'b', fieldId: 'pieces.bilanMiseEnOeuvre' }],
    };
    expect(run(renewal)).toEqual([['demande.numeroFichePrecedente', 'previous-code-repertoire', 'warning']]);
  });

  it('nombre de certifiés par VAE ≤ nombre de certifiés', () => {
    const d = completeDossier('RNCP');
    expect(run(setValue(d, 'promotions[0].nombreCertifiesVae', 20))).toEqual([]);
    expect(run(setValue(d, 'promotions[0].nombreCertifiesVae', 21))).toEqual([
      ['promotions[0].nombreCertifiesVae', 'vae-over-total', 'error'],
    ]);
  });

  it('a promotion year is given once', () => {
    let d = completeDossier('RNCP');
    d = setValue(d, 'promotions[1].annee', 2024);
    d = setValue(d, 'promotions[1].nombreCertifies', 10);
    d = setValue(d, 'promotions[1].tauxInsertionGlobal6mois', 70);
    expect(run(d)).toEqual([]);
    const dup = setValue(d, 'promotions[1].annee', 2025);
    const p = validateDossier(dup, { today: TODAY });
    expect(p.map((x) => [x.path, x.code])).toEqual([['promotions[1].annee', 'promotion-year-duplicate']]);
    expect(p[0]?.message).toBe('La promotion 2025 est déjà saisie (promotion 1).');
  });

  it('bloc codes are unique', () => {
    let d = completeDossier('RNCP');
    for (const k of ['libelle', 'listeCompetences', 'modalitesEvaluation'])
      d = setValue(d, `fiche.blocs[1].${k}`, 'Texte');
    expect(run(setValue(d, 'fiche.blocs[1].code', 'RNCP35185BC02'))).toEqual([]);
    expect(run(setValue(d, 'fiche.blocs[1].code', 'RNCP35185BC01'))).toEqual([
      ['fiche.blocs[1].code', 'bloc-duplicate', 'error'],
    ]);
  });

  it('RNCP levels are 3 to 8', () => {
    expect(run(setValue(completeDossier('RNCP'), 'demande.niveauSouhaite', 'NIV2'))).toEqual([
      ['demande.niveauSouhaite', 'enum-unknown', 'warning'],
      ['demande.niveauSouhaite', 'niveau-range', 'error'],
    ]);
  });

  it('partenaires typed while « Existence de partenaires » = Non', () => {
    const d = setValue(completeDossier('RNCP'), 'partenaires[0].nom', 'Organisme A');
    expect(run(d)).toContainEqual(['fiche.existencePartenaires', 'partenaires-unexpected', 'warning']);
  });
});
