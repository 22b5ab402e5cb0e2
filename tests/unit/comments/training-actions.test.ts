import { describe, expect, it } from 'vitest';
import { linkItem } from '@/utils/comments/link';

const RNCP_NEW = { repertoire: 'RNCP', filedOn: '2026-01-26' } as const;
const RS_NEW = { repertoire: 'RS', filedOn: '2026-01-26' } as const;
const linked = (text: string, options: typeof RNCP_NEW | typeof RS_NEW = RNCP_NEW) =>
  linkItem(text, options).criterion?.number;

describe('adequacy of the training actions (RNCP 2° ter, RS 1° quinquies) needs a training action', () => {
  it('links a remark on the référentiels alone to the référentiels criterion', () => {
    expect(
      linked('Le référentiel mélange activités et compétences : les deux doivent être distingués.'),
    ).toBe('3');
  });

  it('links the training set against the référentiel to the adequacy criterion', () => {
    expect(linked('Le cursus de formation ne couvre pas les activités du référentiel.')).toBe('2 ter');
    expect(
      linked('Le programme détaillé ne montre pas à quel moment chaque compétence est travaillée.', RS_NEW),
    ).toBe('1 quinquies');
  });
});

describe('a training action measured against the référentiels is about their adequacy, not the référentiels', () => {
  it('links « the hours … au regard du référentiel » to 2° ter', () => {
    expect(
      linked(
        'Le volume horaire réservé aux mises en situation semble faible au regard des compétences du référentiel.',
      ),
    ).toBe('2 ter');
  });
});

describe('the means of accompanying VAE candidates are RNCP 2° bis before 6°', () => {
  it('leads with 2° bis when the remark is about the staff or resources accompanying VAE candidates', () => {
    const ranked = linkItem(
      'Les ressources humaines consacrées à l’accompagnement des candidats à la VAE ne sont pas étayées.',
      RNCP_NEW,
    );
    expect(ranked.criterion?.number).toBe('2 bis');
  });
});
