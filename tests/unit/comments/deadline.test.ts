import { describe, expect, it } from 'vitest';
import { addWorkingDays, publicHolidays } from '@/utils/comments/business-days';
import { dueDate, findDeadlines } from '@/utils/comments/deadline';
import { addMonths } from '@/utils/comments/iso-days';
import { findLetterDate } from '@/utils/comments/letter-date';
import { letterDeadline, withReceivedOn } from '@/utils/comments/letter-deadline';

const due = (sentence: string, receivedOn: string, letterDate: string | null = null) => {
  const [first] = findDeadlines(sentence);
  return first ? dueDate(first.rule, receivedOn, letterDate) : null;
};

describe('findDeadlines and dueDate', () => {
  it.each([
    [
      'Ces compléments sont à déposer dans un délai de 30 jours à compter de la réception du présent courrier.',
      '2026-01-12',
      '2026-02-11',
    ],
    ['Merci de me faire parvenir ces éléments sous quinze jours.', '2026-02-03', '2026-02-18'],
    ['Merci de déposer vos compléments avant le 15 janvier 2027.', '2026-11-20', '2027-01-15'],
    ['Vous voudrez bien transmettre ces éléments sous un mois.', '2024-10-31', '2024-11-30'],
    ['Merci de déposer ces pièces au plus tard le 27/02/2026.', '2026-02-02', '2026-02-27'],
    ['Ces pièces sont attendues sous huitaine.', '2026-03-09', '2026-03-17'],
    ['Merci de nous répondre dans un délai de trois semaines.', '2026-03-02', '2026-03-23'],
    ['Votre réponse est attendue dans les deux mois suivant la réception.', '2026-01-15', '2026-03-15'],
    ['Merci de transmettre vos réponses sous 21 jours.', '2026-01-01', '2026-01-22'],
  ])('« %s » received on %s → %s', (sentence, receivedOn, expected) => {
    expect(due(sentence, receivedOn)).toBe(expected);
  });

  it('gives a date without a year the first such day after the letter (next year in December)', () => {
    expect(due('Pourriez-vous compléter ces points d’ici le 6 mars ?', '2026-02-10')).toBe('2026-03-06');
    expect(due('Merci de transmettre ces éléments avant le 15 janvier.', '2025-12-18')).toBe('2026-01-15');
  });

  it('counts from the letter’s own date when the letter says so', () => {
    const sentence =
      'Ces éléments devront me parvenir dans un délai d’un mois à compter de la date du présent courrier.';
    expect(due(sentence, '2025-12-19', '2025-12-15')).toBe('2026-01-15');
    expect(due(sentence, '2025-12-19', null)).toBe('2026-01-19');
  });

  it('counts working days without weekends and public holidays', () => {
    // Friday 3 April 2026; Easter Monday 6 April is a public holiday.
    expect(due('Merci de transmettre vos réponses dans un délai de 10 jours ouvrés.', '2026-04-03')).toBe(
      '2026-04-20',
    );
    expect(publicHolidays(2026).has('2026-05-14')).toBe(true); // Ascension
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-24', 1, true)).toBe('2026-12-26');
  });

  it.each([
    'Le taux d’insertion à six mois est calculé sur 11 répondants.',
    'Le Kbis transmis date de plus de trois mois.',
    'Préciser la part des titulaires qui ont retrouvé un emploi dans les six mois.',
    'La durée de formation annoncée (35 heures) paraît très insuffisante.',
    'Merci de nous répondre dans les meilleurs délais.',
    'Paris, le 8 janvier 2026',
  ])('finds no deadline in « %s »', (sentence) => {
    expect(findDeadlines(sentence)).toEqual([]);
  });

  it('clamps month ends', () => {
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });
});

describe('letterDeadline', () => {
  const letter = [
    'Paris, le 15 décembre 2025',
    '',
    'Le bulletin n° 3 est à transmettre sous quinze jours.',
    'Les autres compléments sont attendus dans un délai de deux mois.',
  ];

  it('keeps the deadline that falls first, with its words and the letter’s date', () => {
    const d = letterDeadline(letter, '2025-12-18');
    expect(d).toMatchObject({ dueOn: '2026-01-02', words: 'sous quinze jours', letterDate: '2025-12-15' });
    expect(d?.sentence).toBe('Le bulletin n° 3 est à transmettre sous quinze jours.');
  });

  it('follows a corrected day of receipt', () => {
    const d = letterDeadline(letter, '2025-12-18');
    expect(d && withReceivedOn(d, '2026-01-05').dueOn).toBe('2026-01-20');
  });

  it('reads the letter’s date from its place-and-date line or an e-mail header', () => {
    expect(findLetterDate(['Objet : x', 'Paris, le 1er avril 2026'])).toBe('2026-04-01');
    expect(findLetterDate(['Envoyé : mardi 3 février 2026 09:42'])).toBe('2026-02-03');
    expect(findLetterDate(['Date : lun. 9 févr. 2026 à 17:05'])).toBe('2026-02-09');
    expect(findLetterDate(['Les promotions 2024 et 2025.'])).toBeNull();
  });
});
