import { describe, expect, it } from 'vitest';
import { splitComments } from '@/utils/comments/split';

const EMAIL = `De : Paul Durand <paul.durand@instruction-certif.fr>
Envoyé : mardi 3 février 2026 09:42
À : contact@forma-plus.fr
Objet : Demande n° 51877 – compléments attendus

Bonjour,

Après une première lecture de votre dossier, il manque les éléments suivants :

- les taux de réponse à l'enquête d'insertion pour chacune des deux promotions ;
- la description des contrôles que vous exercez sur les centres d'examen partenaires.

Merci de me faire parvenir ces éléments sous quinze jours.

Paul Durand`;

const LETTER = `France compétences
Direction de la certification professionnelle
11, rue Scribe – 75009 Paris

Organisme Formavenir
À l'attention de Mme Claire Moreau, directrice
24 avenue Jean-Jaurès
69007 Lyon

Paris, le 8 janvier 2026

Réf. : DCP/INS/2026-0142

Objet : Demande d'enregistrement au RNCP n° 48213 – demande de compléments

Madame la Directrice,

Dans le cadre de l'instruction de votre demande, j'ai l'honneur de vous demander de bien vouloir me transmettre les compléments suivants.

Critère n° 2 bis : Réalité des moyens techniques, pédagogiques et d'encadrement
Merci de fournir les CV des formateurs ayant encadré les promotions 2024 et 2025.

Référentiels
Les compétences du bloc 2 ne mentionnent pas les situations professionnelles dans lesquelles elles sont mobilisées.

Ces compléments sont à déposer sur la téléprocédure dans un délai de 30 jours à compter de la réception du présent courrier. À défaut, votre demande sera examinée en l'état.

Je vous prie d'agréer, Madame la Directrice, l'expression de mes salutations distinguées.

Paul Durand
Chargé d'instruction`;

const kinds = (input: string) => splitComments(input).ignored.map((i) => `${i.kind}: ${i.text}`);

describe('splitComments on whole letters and e-mails', () => {
  it('keeps the remarks of an e-mail and ignores its headers, opening, deadline and a bare signer’s name', () => {
    const r = splitComments(EMAIL);
    expect(r.items.map((i) => i.text)).toEqual([
      "les taux de réponse à l'enquête d'insertion pour chacune des deux promotions ;",
      "la description des contrôles que vous exercez sur les centres d'examen partenaires.",
    ]);
    expect(kinds(EMAIL)).toEqual([
      'entete-courriel: De : Paul Durand <paul.durand@instruction-certif.fr>',
      'entete-courriel: Envoyé : mardi 3 février 2026 09:42',
      'entete-courriel: À : contact@forma-plus.fr',
      'objet: Objet : Demande n° 51877 – compléments attendus',
      'salutation: Bonjour,',
      'introduction: Après une première lecture de votre dossier, il manque les éléments suivants :',
      'delai: Merci de me faire parvenir ces éléments sous quinze jours.',
      'signature: Paul Durand',
    ]);
  });

  it('ignores the letterhead, addresses, place and date, reference, closing formula and titles', () => {
    const r = splitComments(LETTER);
    expect(r.items.map(({ text, heading }) => ({ text, heading }))).toEqual([
      {
        text: 'Merci de fournir les CV des formateurs ayant encadré les promotions 2024 et 2025.',
        heading: "Critère n° 2 bis : Réalité des moyens techniques, pédagogiques et d'encadrement",
      },
      {
        text: 'Les compétences du bloc 2 ne mentionnent pas les situations professionnelles dans lesquelles elles sont mobilisées.',
        heading: 'Référentiels',
      },
    ]);
    const of = (kind: string) => r.ignored.filter((i) => i.kind === kind);
    expect(of('en-tete').map((i) => i.text)).toEqual([
      'France compétences',
      'Direction de la certification professionnelle',
      'Organisme Formavenir',
    ]);
    expect(of('adresse')).toHaveLength(4);
    expect(of('lieu-date')[0]?.text).toBe('Paris, le 8 janvier 2026');
    expect(of('reference')).toHaveLength(1);
    expect(of('signature').map((i) => i.text)).toEqual(['Paul Durand', "Chargé d'instruction"]);
    expect(of('delai')).toHaveLength(1);
    // Every line is either a remark, a title or ignored, with its line number.
    const lines = LETTER.split('\n').filter((l) => l.trim() !== '').length;
    expect(r.ignored.length + r.items.length + 2).toBe(lines);
    expect(r.ignored[0]).toEqual({ text: 'France compétences', kind: 'en-tete', line: 0 });
  });

  it('reads a forwarded message after the signature of the covering one', () => {
    const input = `Bonjour Claire,\n\nJe te transfère la demande reçue ce matin.\n\nBien à toi,\nMarc\n\n---------- Message transféré ---------\nDe : Instruction RNCP <instruction@exemple.fr>\nObjet : Demande n° 52240\n\nMadame,\n\n1. Le bloc 4 n'a pas de modalité d'évaluation qui lui soit propre.\n\nCordialement,\nSophie Marchand`;
    const r = splitComments(input);
    expect(r.items.map((i) => i.text)).toEqual([
      "Le bloc 4 n'a pas de modalité d'évaluation qui lui soit propre.",
    ]);
    expect(r.ignored.map((i) => i.text)).toContain('Sophie Marchand');
    // The forwarder's short note is kept apart, one click away, not taken for the instructor's remark.
    expect(r.ignored.filter((i) => i.kind === 'transfert').map((i) => i.text)).toEqual([
      'Bonjour Claire,',
      'Je te transfère la demande reçue ce matin.',
      'Bien à toi,',
      'Marc',
    ]);
  });

  it('ignores what follows a missed deadline, not a remark that starts with « À défaut de »', () => {
    const input = `Madame,\n\n1. Le tableau des dispenses accordées aux titulaires du CAP n'est pas fourni.\n\nÀ défaut de réponse dans un délai d'un mois à compter de la réception du présent courrier, la demande sera examinée en l'état.\nÀ défaut de justificatifs, le dossier ne permet pas de vérifier la réalité des locaux.`;
    const r = splitComments(input);
    expect(r.items.map((i) => i.text)).toEqual([
      "Le tableau des dispenses accordées aux titulaires du CAP n'est pas fourni.",
      'À défaut de justificatifs, le dossier ne permet pas de vérifier la réalité des locaux.',
    ]);
    expect(r.ignored.filter((i) => i.kind === 'delai')).toHaveLength(1);
  });

  it('ignores an opening that returns to the request, not a remark saying what is missing', () => {
    const input = `Bonjour,\n\nJe me permets de revenir vers vous concernant votre demande d'enregistrement.\nJe reviens vers vous : votre dossier ne comporte pas le règlement de certification.`;
    const r = splitComments(input);
    expect(r.items.map((i) => i.text)).toEqual([
      'Je reviens vers vous : votre dossier ne comporte pas le règlement de certification.',
    ]);
    expect(r.ignored.map((i) => i.kind)).toEqual(['salutation', 'introduction']);
  });

  it('keeps a long note above a forwarded message, or one with a list, as remarks', () => {
    const input = `Bonjour,

1. Les CV des formateurs ne sont pas joints au dossier.

---------- Message transféré ---------
De : Instruction RNCP <instruction@exemple.fr>

Madame,

1. Le bloc 4 n'a pas de modalité d'évaluation qui lui soit propre.`;
    const r = splitComments(input);
    expect(r.items.map((i) => i.text)).toEqual([
      'Les CV des formateurs ne sont pas joints au dossier.',
      "Le bloc 4 n'a pas de modalité d'évaluation qui lui soit propre.",
    ]);
    expect(r.ignored.some((i) => i.kind === 'transfert')).toBe(false);
  });

  it('does not take a short remark stating a shortcoming for a title, nor a remark for a name', () => {
    const r = splitComments('Jury VAE non décrit\nLes CV des formateurs ne sont pas joints au dossier.');
    expect(r.items.map((i) => i.text)).toEqual([
      'Jury VAE non décrit',
      'Les CV des formateurs ne sont pas joints au dossier.',
    ]);
    expect(r.ignored).toEqual([]);
  });

  it('keeps a remark naming the bulletin n° 3 under its title: the piece is no criterion citation', () => {
    const r = splitComments(
      'Situation administrative :\nLe bulletin n° 3 du casier judiciaire du gérant date de plus de trois mois.\n\n' +
        'Critère 4 :\nAu titre du critère 5, la grille de correspondance manque.',
    );
    expect(r.items.map((i) => [i.text, i.heading])).toEqual([
      [
        'Le bulletin n° 3 du casier judiciaire du gérant date de plus de trois mois.',
        'Situation administrative',
      ],
      // A paragraph citing another criterion still leaves its title behind (the title becomes a remark).
      ['Critère 4 :', undefined],
      ['Au titre du critère 5, la grille de correspondance manque.', undefined],
    ]);
  });

  it('ignores a lead-in announcing several points, not one that already states a shortcoming', () => {
    const lead = splitComments(
      'Après examen de votre demande, certains points appellent des précisions.\n\n' +
        '- La durée des épreuves du bloc 3 n’est pas indiquée.\n- Le référentiel ne décrit pas les situations de travail.',
    );
    expect(lead.ignored.map((i) => [i.text, i.kind])).toEqual([
      ['Après examen de votre demande, certains points appellent des précisions.', 'introduction'],
    ]);
    expect(lead.items).toHaveLength(2);
    const stated = splitComments(
      'Plusieurs éléments doivent être complétés, le jury VAE n’étant pas décrit.\n\n- La grille d’évaluation manque.',
    );
    expect(stated.ignored).toEqual([]);
    expect(stated.items).toHaveLength(2);
  });
});
