// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanRoot } from '@/utils/matching/scan';
import { pathMatches, pathPatternOf } from '@/utils/matching/taught';
import type { RecognisedField, TaughtMapping } from '@/utils/matching/types';

const HOST = 'certifpro.francecompetences.fr';
const PAGE = { host: HOST, pathname: '/webapp/rncp/demandes/4821/fiche' };

/** The same form as an SPA renders it: ids and names come from a counter that moves on. */
function render(start: number): void {
  let n = start;
  const id = () => `mat-input-${n++}`;
  const field = (label: string, tag = 'input') => {
    const i = id();
    return `<div class="fr-input-group"><label class="fr-label" for="${i}">${label}</label><${tag} id="${i}" name="${i}"></${tag}></div>`;
  };
  const bloc = (k: number) =>
    `<section class="cp-group"><h4>Bloc ${k}</h4>${field('Intitulé du bloc')}${field('Liste de compétences', 'textarea')}</section>`;
  document.body.innerHTML = `
    <h1>Demande RNCP n° 4821</h1>
    <h2>Fiche</h2>
    ${field('Intitulé de la certification')}
    ${field('Zone libre', 'textarea')}
    ${field('Objectifs et contexte', 'textarea')}
    <h3>Blocs de compétences</h3>${bloc(1)}${bloc(2)}${bloc(3)}`;
}

const byLabel = (fields: RecognisedField[], label: string) => fields.filter((f) => f.label === label);
const one = (fields: RecognisedField[], label: string) => byLabel(fields, label)[0] as RecognisedField;

describe('taught mappings', () => {
  it('keep a signature stable across renders with other generated ids', () => {
    render(3);
    const first = scanRoot(document).map((f) => f.signature);
    render(517);
    const second = scanRoot(document).map((f) => f.signature);
    expect(second).toEqual(first);
    expect(new Set(first.filter((s) => !s.includes('bloc'))).size).toBe(3);
    expect(first.join('\n')).not.toMatch(/mat|input-\d/);
  });

  it('win over the heuristic, on the same page and on pages alike of the same host', () => {
    render(1);
    const before = scanRoot(document, { location: PAGE });
    expect(one(before, 'Zone libre').decision).not.toBe('auto');
    const objectifs = one(before, 'Objectifs et contexte');
    expect(objectifs.path).toBe('fiche.objectifsContexte');
    const taught: TaughtMapping[] = [
      {
        signature: one(before, 'Zone libre').signature,
        host: HOST,
        pathPattern: pathPatternOf(PAGE.pathname),
        fieldPath: 'fiche.activitesVisees',
      },
      {
        signature: objectifs.signature,
        host: HOST,
        pathPattern: '/webapp/rncp/demandes/*/fiche',
        fieldPath: 'fiche.competencesAttestees',
      },
    ];
    render(99);
    const after = scanRoot(document, { location: PAGE, taught });
    expect(one(after, 'Zone libre')).toMatchObject({
      path: 'fiche.activitesVisees',
      decision: 'taught',
      confidence: 1,
    });
    expect(one(after, 'Objectifs et contexte')).toMatchObject({
      path: 'fiche.competencesAttestees',
      decision: 'taught',
    });
    const alike = scanRoot(document, {
      location: { host: HOST, pathname: '/webapp/rncp/autre/page' },
      taught,
    });
    expect(one(alike, 'Zone libre')).toMatchObject({ path: 'fiche.activitesVisees', decision: 'taught' });
    const elsewhere = scanRoot(document, {
      location: { host: 'example.org', pathname: PAGE.pathname },
      taught,
    });
    expect(one(elsewhere, 'Zone libre').decision).not.toBe('taught');
  });

  it('« none » means never fill, whatever the heuristic says', () => {
    render(1);
    const intitule = one(scanRoot(document, { location: PAGE }), 'Intitulé de la certification');
    expect(intitule.decision).toBe('auto');
    const taught = [{ signature: intitule.signature, host: HOST, pathPattern: '*', fieldPath: 'none' }];
    const after = one(scanRoot(document, { location: PAGE, taught }), 'Intitulé de la certification');
    expect(after).toMatchObject({ decision: 'ignored', path: null });
  });

  it('apply a group mapping to every instance, the index coming from the structure', () => {
    render(1);
    const blocs = byLabel(scanRoot(document, { location: PAGE }), 'Intitulé du bloc');
    expect(blocs.map((f) => f.path)).toEqual([
      'fiche.blocs[0].libelle',
      'fiche.blocs[1].libelle',
      'fiche.blocs[2].libelle',
    ]);
    const taught = [
      {
        signature: (blocs[0] as RecognisedField).signature,
        host: HOST,
        pathPattern: '*',
        fieldPath: 'fiche.blocs[].code',
      },
    ];
    const after = byLabel(scanRoot(document, { location: PAGE, taught }), 'Intitulé du bloc');
    expect(after.map((f) => [f.path, f.decision])).toEqual([
      ['fiche.blocs[0].code', 'taught'],
      ['fiche.blocs[1].code', 'taught'],
      ['fiche.blocs[2].code', 'taught'],
    ]);
  });

  it('make path patterns out of id-like segments', () => {
    expect(pathPatternOf('/webapp/rncp/demandes/4821/fiche')).toBe('/webapp/rncp/demandes/*/fiche');
    expect(pathPatternOf('/webapp/rs/demande/3f2a9c10-77aa/criteres')).toBe('/webapp/rs/demande/*/criteres');
    expect(pathMatches('/webapp/rncp/demandes/*/fiche', '/webapp/rncp/demandes/17/fiche')).toBe(true);
    expect(pathMatches('/webapp/rncp/demandes/*/fiche', '/webapp/rncp/demandes/17/criteres')).toBe(false);
  });
});
