import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkComments, linkItem } from '@/utils/comments/link';
import { rankItem } from '@/utils/comments/rank';

const RNCP_NEW = { repertoire: 'RNCP', filedOn: '2025-11-03' } as const;
const RS_NEW = { repertoire: 'RS', filedOn: '2025-11-03' } as const;

describe('linkItem', () => {
  it('follows an explicit reference and explains it in French', () => {
    const linked = linkItem('Au titre du critère 4°, merci de joindre le règlement d’examen.', RNCP_NEW);
    expect(linked.criterion?.number).toBe('4');
    expect(linked.criterion?.repertoire).toBe('RNCP');
    expect(linked.confidence).toBeGreaterThanOrEqual(0.9);
    expect(linked.reasons[0]).toBe('la remarque cite «\u00a0critère 4°\u00a0»');
    expect(linked.criterion?.wording).toMatch(/^4° La mise en place de procédures de contrôle/);
  });

  it('reads « critère 2 » of an RS request in the RS numbering', () => {
    expect(linkItem('Critère 2 : les compétences ne sont pas observables.', RS_NEW).criterion?.number).toBe(
      '2',
    );
    expect(linkItem('Critère 2 : les compétences ne sont pas observables.', RNCP_NEW).criterion?.number).toBe(
      '2',
    );
  });

  it('maps a reference of the other repertoire (RNCP 2° bis in an RS request → RS 1° quater)', () => {
    const linked = linkItem('Au titre du 2° bis, les CV des formateurs manquent.', RS_NEW);
    expect(linked.criterion?.number).toBe('1 quater');
    expect(linked.reasons.join(' ')).toMatch(/correspond au 1° quater/);
  });

  it('is not fooled by durations, years, codes and the bulletin number', () => {
    const b3 = linkItem(
      'Le bulletin n°3 du dirigeant n’a pas été transmis malgré notre relance du 12 mars.',
      RNCP_NEW,
    );
    expect(b3.criterion?.number).toBe('recevabilite');
    expect(b3.fields[0]).toBe('pieces.bulletinN3');
    const corresp = linkItem(
      'La correspondance totale avec la certification RNCP34567 de 2024 n’est pas justifiée.',
      RNCP_NEW,
    );
    expect(corresp.criterion?.number).toBe('8');
  });

  it('scores keywords when there is no reference, with the terms found', () => {
    const linked = linkItem(
      'Préciser les intitulés des emplois occupés par les titulaires et leurs codes ROME.',
      RNCP_NEW,
    );
    expect(linked.criterion?.number).toBe('1');
    expect(linked.reasons[0]).toMatch(/^la remarque emploie .*«\u00a0emplois occupés\u00a0»/);
    expect(linked.fields[0]).toBe('fiche.codesRome');
  });

  it('puts the field named by the comment first', () => {
    const jury = linkItem('La composition du jury VAE n’est pas précisée.', RNCP_NEW);
    expect(jury.criterion?.number).toBe('6');
    expect(jury.fields[0]).toBe('fiche.voiesAcces.vae.compositionJury');
    expect(jury.fields).toEqual(
      expect.arrayContaining(['rncp.critere6.argumentaire', 'pieces.dispositifVae']),
    );
    expect(jury.attachments).toEqual(['pieces.dispositifVae', 'rncp.critere6.pieces']);
    const bloc = linkItem('L’intitulé du bloc 2 correspond à un nom de métier.', RNCP_NEW);
    expect(bloc.criterion?.number).toBe('7');
    expect(bloc.fields[0]).toBe('fiche.blocs[].libelle');
  });

  it('uses the rules of the filing date (literal copy: 3° before October 2025, R. 6113-8-1 2° after)', () => {
    const text = 'Le référentiel reprend mot pour mot un référentiel existant.';
    expect(linkItem(text, { repertoire: 'RNCP', filedOn: '2024-05-02' }).criterion?.number).toBe('3');
    expect(linkItem(text, RNCP_NEW).criterion?.number).toBe('R6113-8-1 2°');
    expect(linkItem(text, { repertoire: 'RS', filedOn: '2024-05-02' }).criterion?.number).toBe('2');
  });

  it('gives the previous wording to an old request', () => {
    const linked = linkItem('Critère 1 : une seule promotion est présentée.', {
      repertoire: 'RNCP',
      filedOn: '2024-02-01',
    });
    expect(linked.criterion?.wording).toContain('au moins deux promotions');
  });

  it('takes the reference of the heading when the item has none', () => {
    const linked = linkItem({ text: 'Les CV ne sont pas joints.', heading: 'Critère 2° bis' }, RNCP_NEW);
    expect(linked.criterion?.number).toBe('2 bis');
    expect(linked.reasons[0]).toMatch(/titre de la rubrique/);
    expect(linked.heading).toBe('Critère 2° bis');
  });

  it('reports a close runner-up, and both criteria when two are cited', () => {
    const two = linkItem('Critères 1° et 2° : les données 2024 sont incohérentes.', RNCP_NEW);
    expect(two.criterion?.number).toBe('1');
    expect(two.runnerUp?.number).toBe('2');
    const clear = linkItem('Critère 9 : l’accord de branche n’est pas joint.', RNCP_NEW);
    expect(clear.runnerUp).toBeNull();
  });

  it('returns no criterion when nothing points to one', () => {
    const linked = linkItem('Merci.', RNCP_NEW);
    expect(linked.criterion).toBeNull();
    expect(linked.confidence).toBe(0);
    expect(linked.reasons[0]).toMatch(/ne cite aucun critère/);
  });

  it('keeps HTML as text', () => {
    const text = '<script>alert("x")</script> Le <b>jury VAE</b> n’est pas décrit.';
    expect(linkItem(text, RNCP_NEW).text).toBe(text);
  });

  it('ranks candidates best first, explicit references before keywords', () => {
    const ranking = rankItem('Critère 7 : les modalités d’évaluation du bloc 2 sont absentes.', RNCP_NEW);
    expect(ranking[0]).toMatchObject({ number: '7', explicit: true });
    expect(ranking.slice(1).every((c) => !c.explicit)).toBe(true);
  });
});

describe('linkComments', () => {
  it('splits then links, carrying headings', () => {
    const result = linkComments(
      'Madame,\n\nCritère n° 3 :\n- Les critères ne sont pas observables.\n\nCordialement',
      RNCP_NEW,
    );
    expect(result.items).toHaveLength(1);
    expect(result.items[0]?.criterion?.number).toBe('3');
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('RNCP' as const, 'RS' as const),
        fc.constantFrom(undefined, '2024-01-01', '2025-10-01'),
        (text, repertoire, filedOn) => {
          const result = linkComments(text, { repertoire, ...(filedOn ? { filedOn } : {}) });
          for (const item of result.items) {
            expect(item.confidence).toBeGreaterThanOrEqual(0);
            expect(item.confidence).toBeLessThanOrEqual(1);
          }
          linkItem(text, { repertoire });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on strings made of the engine’s own vocabulary', () => {
    const words = [
      'critère',
      '3°',
      'bis',
      'R. 6113-8-1',
      'n°',
      '3',
      'bloc',
      'VAE',
      '\n',
      ':',
      '-',
      '1.',
      'recevabilité',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (parts) => {
        linkComments(parts.join(' '), RS_NEW);
      }),
      { numRuns: 300 },
    );
  });

  it('caps 5 MB of input and says so', () => {
    const block =
      'Critère n° 3 :\n- Les compétences sont rédigées comme des savoirs.\n- Le jury VAE n’est pas décrit.\n\n';
    const input = block.repeat(Math.ceil((5 * 1024 * 1024) / block.length));
    const result = linkComments(input, RNCP_NEW);
    expect(result.truncated).toBe(true);
    expect(result.notice).toMatch(/Texte tronqué/);
    expect(result.items.length).toBeLessThanOrEqual(500);
  });

  it('handles a 5 MB single line', () => {
    const result = linkComments('x'.repeat(5 * 1024 * 1024), { repertoire: 'RS' });
    expect(result.truncated).toBe(true);
    expect(result.items).toHaveLength(1);
  });
});
