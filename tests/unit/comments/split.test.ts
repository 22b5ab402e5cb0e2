import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, splitComments, splitLines } from '@/utils/comments/split';

const texts = (input: string) => splitComments(input).items.map((i) => i.text);
/** Items without their line numbers. */
const shape = (items: ReadonlyArray<{ line?: number }>) => items.map(({ line: _line, ...rest }) => rest);

describe('splitComments', () => {
  it.each([
    ['1. Premier point.\n2. Deuxième point.\n3. Troisième point.'],
    ['1) Premier point.\n2) Deuxième point.\n3) Troisième point.'],
    ['a) Premier point.\nb) Deuxième point.\nc) Troisième point.'],
    ['1° Premier point.\n2° Deuxième point.\n3° Troisième point.'],
    ['- Premier point.\n- Deuxième point.\n- Troisième point.'],
    ['• Premier point.\n• Deuxième point.\n• Troisième point.'],
    ['* Premier point.\n* Deuxième point.\n* Troisième point.'],
    ['– Premier point.\n– Deuxième point.\n– Troisième point.'],
  ])('splits a list: %j', (input) => {
    expect(texts(input)).toEqual(['Premier point.', 'Deuxième point.', 'Troisième point.']);
  });

  it('keeps a leading « 3° » that is a criterion reference rather than list numbering', () => {
    expect(texts('3° Les compétences sont mal rédigées.\n7° Les blocs ne sont pas cohérents.')).toEqual([
      '3° Les compétences sont mal rédigées.',
      '7° Les blocs ne sont pas cohérents.',
    ]);
  });

  it('splits paragraphs on blank lines and joins lines wrapped by e-mail clients', () => {
    const input =
      'Les données d’insertion transmises ne portent que sur une seule promotion, ce qui\n' +
      'ne permet pas d’apprécier l’adéquation des emplois occupés.\n\n' +
      'La composition du jury VAE\nn’est pas précisée.\n';
    expect(texts(input)).toEqual([
      'Les données d’insertion transmises ne portent que sur une seule promotion, ce qui ne permet pas d’apprécier l’adéquation des emplois occupés.',
      'La composition du jury VAE n’est pas précisée.',
    ]);
  });

  it('joins the continuation lines of a list item', () => {
    expect(
      texts('- Les CV des formateurs ne sont pas\n  joints au dossier.\n- Les locaux ne sont pas décrits.'),
    ).toEqual(['Les CV des formateurs ne sont pas joints au dossier.', 'Les locaux ne sont pas décrits.']);
  });

  it('starts a new item for a new sentence on its own line, but keeps a follow-up with its sentence', () => {
    expect(
      texts(
        'Le numéro SIRET indiqué correspond à un établissement fermé.\nL’extrait Kbis déposé date de 2022.\nMerci de le redéposer.',
      ),
    ).toEqual([
      'Le numéro SIRET indiqué correspond à un établissement fermé.',
      'L’extrait Kbis déposé date de 2022. Merci de le redéposer.',
    ]);
  });

  it('carries a heading to the items below it', () => {
    const { items: found } = splitComments(
      'Critère n° 3 :\n1. Les compétences sont rédigées comme des savoirs.\n2. Les critères ne sont pas observables.\n\n' +
        'Critère 2° bis\n- CV des formateurs manquants.\n\nAu titre du critère 4°\nLe règlement d’examen est absent.',
    );
    expect(shape(found)).toEqual([
      { text: 'Les compétences sont rédigées comme des savoirs.', heading: 'Critère n° 3' },
      { text: 'Les critères ne sont pas observables.', heading: 'Critère n° 3' },
      { text: 'CV des formateurs manquants.', heading: 'Critère 2° bis' },
      { text: 'Le règlement d’examen est absent.', heading: 'Au titre du critère 4°' },
    ]);
  });

  it('does not take a wrapped sentence that opens with a reference for a heading', () => {
    expect(
      texts('Au titre du 3°, le règlement de certification ne prévoit aucune mesure\nen cas de fraude.'),
    ).toEqual(['Au titre du 3°, le règlement de certification ne prévoit aucune mesure en cas de fraude.']);
  });

  it('takes numbered section titles for headings', () => {
    const { items: found } = splitComments(
      'I. Données relatives aux promotions\nLe benchmark se limite à une liste de certifications concurrentes.\n\nII. Référentiels\na) Savoirs.\nb) Transitions.',
    );
    expect(shape(found)).toEqual([
      {
        text: 'Le benchmark se limite à une liste de certifications concurrentes.',
        heading: 'Données relatives aux promotions',
      },
      { text: 'Savoirs.', heading: 'Référentiels' },
      { text: 'Transitions.', heading: 'Référentiels' },
    ]);
  });

  it('keeps a title line with nothing under it as a comment', () => {
    expect(
      shape(
        splitComments('Merci de préciser la composition du jury VAE :\n\nCritère 3 :\n- Les savoirs.').items,
      ),
    ).toEqual([
      { text: 'Merci de préciser la composition du jury VAE :' },
      { text: 'Les savoirs.', heading: 'Critère 3' },
    ]);
  });

  it('keeps an item that starts with a reference and goes on (not a heading)', () => {
    expect(shape(splitComments('Critère 3 – Le référentiel d’évaluation n’est pas fourni.').items)).toEqual([
      { text: 'Critère 3 – Le référentiel d’évaluation n’est pas fourni.' },
    ]);
  });

  it('drops greetings, the introduction, closing formulas and the signature', () => {
    const input = [
      'Madame, Monsieur,',
      '',
      'Après instruction de votre demande, nous vous remercions de bien vouloir apporter les compléments suivants :',
      '',
      '- Les codes ROME ne correspondent pas aux emplois visés.',
      '',
      'Dans l’attente de vos compléments,',
      'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
      'Jeanne Martin',
      'Chargée d’instruction',
    ].join('\n');
    expect(texts(input)).toEqual(['Les codes ROME ne correspondent pas aux emplois visés.']);
    expect(
      texts('Bonjour,\n\nLe SIRET est fermé.\n\nCordialement,\n\nPaul\nFrance compétences\n01 23 45 67 89'),
    ).toEqual(['Le SIRET est fermé.']);
  });

  it('handles CRLF and quoted e-mail lines', () => {
    expect(texts('> 1. Premier point.\r\n> 2. Deuxième point.\r\n')).toEqual([
      'Premier point.',
      'Deuxième point.',
    ]);
  });

  it('keeps HTML as literal text', () => {
    const input = 'Le champ <b>Activités visées</b> contient <script>alert(1)</script> et &lt;i&gt;.';
    expect(texts(input)).toEqual([input]);
  });

  it('returns nothing for empty or blank input', () => {
    expect(splitComments('').items).toEqual([]);
    expect(splitComments('\n \r\n\t\n').items).toEqual([]);
  });

  it('caps a 5 MB input and says so', () => {
    const line = 'Les données d’insertion ne couvrent qu’une promotion ; merci de compléter le fichier.\n\n';
    const input = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    const result = splitComments(input);
    expect(result.truncated).toBe(true);
    expect(result.notice).toMatch(/Texte tronqué/);
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items.reduce((n, i) => n + i.text.length, 0)).toBeLessThanOrEqual(MAX_INPUT_CHARS);
  });
});

describe('splitLines', () => {
  it('makes one item per non-empty line', () => {
    expect(shape(splitLines('Premier point\r\n\r\n- Deuxième point\n  Troisième point  \n').items)).toEqual([
      { text: 'Premier point' },
      { text: 'Deuxième point' },
      { text: 'Troisième point' },
    ]);
  });
});
