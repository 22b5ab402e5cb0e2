// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { restoreFlattenedLists } from '@/utils/richtext/flattened-lists';
import { visibleWords, words } from './helpers';

const restore = restoreFlattenedLists;

describe('restoreFlattenedLists', () => {
  it('turns runs of spaces into paragraphs', () => {
    expect(restore('Premier paragraphe.    Second paragraphe.')).toBe(
      '<p>Premier paragraphe.</p><p>Second paragraphe.</p>',
    );
    expect(restore('Une seule phrase, avec  deux espaces.')).toBe(
      '<p>Une seule phrase, avec deux espaces.</p>',
    );
    expect(restore('')).toBe('');
  });

  it('restores « - », « * », « • » and « ● » bullets, with the paragraph before and after', () => {
    expect(restore('Activités :    - Analyser    - Proposer    Fin.')).toBe(
      '<p>Activités :</p><ul><li>Analyser</li><li>Proposer</li></ul><p>Fin.</p>',
    );
    expect(restore('* Coder          * Tester')).toBe('<ul><li>Coder</li><li>Tester</li></ul>');
    expect(restore('● Analyste    ● Architecte')).toBe('<ul><li>Analyste</li><li>Architecte</li></ul>');
    expect(restore('•Analyste •Architecte')).toBe('<ul><li>Analyste</li><li>Architecte</li></ul>');
  });

  it('makes numbered lines counting from 1 a numbered list, and keeps other numbers in the text', () => {
    expect(restore('1. Préparer    2. Animer    3. Évaluer')).toBe(
      '<ol><li>Préparer</li><li>Animer</li><li>Évaluer</li></ol>',
    );
    expect(restore('3. Troisième    4. Quatrième')).toBe(
      '<ul><li>3. Troisième</li><li>4. Quatrième</li></ul>',
    );
  });

  it('splits items run together with single spaces when the markers leave no doubt', () => {
    expect(restore('Le candidat doit : 1. préparer un dossier 2. le présenter 3. répondre au jury')).toBe(
      '<p>Le candidat doit :</p><ol><li>préparer un dossier</li><li>le présenter</li><li>répondre au jury</li></ol>',
    );
    expect(restore('A1C1. Analyser le besoin A1C2. Rédiger le cahier des charges')).toBe(
      '<ul><li>A1C1. Analyser le besoin</li><li>A1C2. Rédiger le cahier des charges</li></ul>',
    );
    expect(restore('- Analyser les risques - Proposer des mesures')).toBe(
      '<ul><li>Analyser les risques</li><li>Proposer des mesures</li></ul>',
    );
    // A dash inside prose is not a bullet.
    expect(restore('Le CELTA - Certificat d’enseignement - est reconnu.')).toBe(
      '<p>Le CELTA - Certificat d’enseignement - est reconnu.</p>',
    );
    // A lone « 1. » in a sentence does not make a list.
    expect(restore('Voir le point 1. de la notice.')).toBe('<p>Voir le point 1. de la notice.</p>');
  });

  it('keeps codes and legal numbering in the items’ text', () => {
    expect(restore('C.1. Organiser une réunion     C.2. Analyser les besoins')).toBe(
      '<ul><li>C.1. Organiser une réunion</li><li>C.2. Analyser les besoins</li></ul>',
    );
    expect(restore('Le jury est composé :    1° De professeurs ;    2° De professionnels.')).toBe(
      '<p>Le jury est composé :</p><ul><li>1° De professeurs ;</li><li>2° De professionnels.</li></ul>',
    );
    expect(restore('1 : Préparer    2 : Animer')).toBe('<ul><li>1 : Préparer</li><li>2 : Animer</li></ul>');
    expect(restore('Activité 1 : Gestion    Activité 2 : Pilotage')).toBe(
      '<ul><li>Activité 1 : Gestion</li><li>Activité 2 : Pilotage</li></ul>',
    );
  });

  it('nests a second kind of marker inside the first, and closes it when the first comes back', () => {
    expect(restore('A1. Concevoir    A1C1. Analyser    A1C2. Modéliser    A2. Réaliser    A2C1. Coder')).toBe(
      '<ul><li>A1. Concevoir<ul><li>A1C1. Analyser</li><li>A1C2. Modéliser</li></ul></li>' +
        '<li>A2. Réaliser<ul><li>A2C1. Coder</li></ul></li></ul>',
    );
    expect(restore('1. Accueillir    - au comptoir    - au téléphone    2. Conseiller')).toBe(
      '<ol><li>Accueillir<ul><li>au comptoir</li><li>au téléphone</li></ul></li><li>Conseiller</li></ol>',
    );
  });

  it('reads real line breaks like flattened ones', () => {
    expect(restore('Intro :\n- un\r\n- deux')).toBe('<p>Intro :</p><ul><li>un</li><li>deux</li></ul>');
  });

  it('escapes text and sanitizes the HTML of older exports', () => {
    expect(restore('Note < 10 & > 5')).toBe('<p>Note &lt; 10 &amp; &gt; 5</p>');
    const html = restore(
      '<p onclick="x()">Texte <b>gras</b></p><script>alert(1)</script><ul><li>un</li></ul>',
    );
    expect(html).not.toMatch(/script|onclick|alert/);
    expect(html).toContain('<ul><li>un</li></ul>');
  });

  it('never loses or changes a word (generated texts)', () => {
    const pieces = [
      'Analyser',
      'le besoin ;',
      'C.1. Concevoir',
      '- Tester',
      '* Livrer',
      '1. Un',
      '2. Deux',
      '• Point',
      'Fin.',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    for (let run = 0; run < 200; run++) {
      const parts = Array.from({ length: 1 + (next() % 8) }, () => pieces[next() % pieces.length]);
      const text = parts.join(' '.repeat(1 + (next() % 6)));
      const html = restore(text);
      expect(visibleWords(html), text).toBe(words(text));
    }
  });
});
