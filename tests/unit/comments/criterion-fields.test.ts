import { describe, expect, it } from 'vitest';
import { criterionFields, isAttachmentField } from '@/utils/comments/criterion-fields';
import { refineFields } from '@/utils/comments/field-refinements';
import { type DomainCriterion, type DomainField, readDomain } from './domain';

const fields = readDomain<DomainField[]>('fc-fields.json');
const byId = new Map(fields.map((f) => [f.id, f]));
const criteria = readDomain<DomainCriterion[]>('fc-criteria.json');

const cases = criteria.flatMap((c) =>
  (c.repertoire === 'both' ? (['RNCP', 'RS'] as const) : [c.repertoire]).map(
    (rep) => [rep, c.number] as const,
  ),
);

describe('criterionFields', () => {
  it.each(cases)('%s %s has fields that exist in fc-fields.json', (repertoire, number) => {
    const target = criterionFields(repertoire, number);
    expect(target.fields.length + target.attachments.length).toBeGreaterThan(0);
    for (const id of [...target.fields, ...target.attachments]) {
      const field = byId.get(id);
      expect(field, id).toBeDefined();
      expect(
        field?.repertoire === 'both' || field?.repertoire === repertoire,
        `${id} is ${field?.repertoire}`,
      ).toBe(true);
    }
    for (const id of target.attachments) expect(byId.get(id)?.kind, id).toBe('file');
    for (const id of target.fields) expect(byId.get(id)?.kind, id).not.toBe('file');
  });

  it('gives RNCP 6° the VAE fields and RNCP 4° the control fields', () => {
    const vae = criterionFields('RNCP', '6');
    expect([...vae.fields, ...vae.attachments]).toEqual(
      expect.arrayContaining([
        'fiche.voiesAcces.vae.autorise',
        'fiche.voiesAcces.vae.compositionJury',
        'rncp.critere6.argumentaire',
        'rncp.critere6.pieces',
        'pieces.dispositifVae',
      ]),
    );
    const control = criterionFields('RNCP', '4');
    expect([...control.fields, ...control.attachments]).toEqual(
      expect.arrayContaining([
        'rncp.critere4.argumentaire',
        'pieces.procedureControle',
        'pieces.listeHabilitations',
      ]),
    );
  });

  it('tells attachments from form fields like the catalogue does', () => {
    for (const f of fields) expect(isAttachmentField(f.id), f.id).toBe(f.kind === 'file');
  });
});

describe('refineFields', () => {
  const samples = [
    'composition du jury VAE, voie d’accès par la VAE, composition des jurys',
    'intitulé du bloc, modalités d’évaluation du bloc, compétences du bloc, capitalisation, validation partielle',
    'codes ROME, code NSF, formacode, intitulé de la certification, types d’emplois, secteurs d’activité',
    'références juridiques, activités visées, compétences attestées, objectifs et contexte, prérequis',
    'taux d’insertion global, taux d’insertion dans le métier à 2 ans, nombre de certifiés, durée d’enregistrement',
    'niveau de qualification, site internet, SIRET, bulletin n° 3, Kbis, délégation de mandat',
    'tableau de correspondances, cahier des charges, liste des organismes, CV, étude d’opportunité',
    'lettres de soutien, bilan de mise en œuvre, CPNE, fichier des promotions',
  ];
  it.each(['RNCP', 'RS'] as const)('only names fields of fc-fields.json valid for %s', (repertoire) => {
    for (const text of samples) {
      for (const id of refineFields(text, repertoire)) {
        const field = byId.get(id);
        expect(field, id).toBeDefined();
        expect(field?.repertoire === 'both' || field?.repertoire === repertoire, id).toBe(true);
      }
    }
  });
});
