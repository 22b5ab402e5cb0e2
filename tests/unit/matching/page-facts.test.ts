// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { parseLimit, showsLiveCounter } from '@/utils/matching/page-limit';
import { scanRoot } from '@/utils/matching/scan';

describe('parseLimit', () => {
  it.each([
    ['3 000 caractères maximum', 3000],
    ['3\u202f000 caractères maximum', 3000],
    ['3\u00a0000 caractères max.', 3000],
    ['5000 caractères max.', 5000],
    ['(max. 255 caractères)', 255],
    ['Maximum : 1 500 caractères', 1500],
    ['2 000 caractères maximum, espaces compris', 2000],
    ['2 000 caractères (espaces compris) maximum', 2000],
    ['Limité à 800 caractères', 800],
    ['Dans la limite de 4 000 caractères', 4000],
    ['Ne doit pas dépasser 600 caractères', 600],
    ['Entre 100 et 1 500 caractères', 1500],
    ['0 / 3000 caractères', 3000],
    ['12 / 3 000 caractères', 3000],
    ['0/3000', 3000],
  ])('%j → %i', (text, limit) => {
    expect(parseLimit(text)?.limit).toBe(limit);
  });

  it('adds the current length to « N caractères restants »', () => {
    expect(parseLimit('120 caractères restants', 30)?.limit).toBe(150);
    expect(parseLimit('Reste : 2 000 caractères', 0)?.limit).toBe(2000);
  });

  it.each([
    'Taille maximale : 20 Mo par fichier',
    'Formats acceptés : pdf, docx',
    'Critère 3',
    'Saisissez 5 codes au plus',
    '',
  ])('finds no limit in %j', (text) => {
    expect(parseLimit(text)).toBeNull();
  });
});

describe('showsLiveCounter', () => {
  it.each([
    ['0 / 3000 caractères', true],
    ['12 / 3\u202f000 caractères', true],
    ['0/3000', true],
    ['120 caractères restants', true],
    ['Reste : 2 000 caractères', true],
    ['Texte libre 0 / 500 caractères', true],
    ['3 000 caractères maximum', false],
    ['Entre 100 et 1 500 caractères', false],
    ['Limité à 800 caractères', false],
    ['Critère 3 / 4', false],
  ])('%j → %s', (text, shown) => {
    expect(showsLiveCounter([text])).toBe(shown);
  });
});

describe('page facts of scanned fields', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <div class="fr-input-group"><label class="fr-label" for="a">Intitulé de la certification *</label>
        <input class="fr-input" id="a" maxlength="255"></div>
      <div class="fr-input-group"><label class="fr-label" for="b">Objectifs et contexte
        <span class="fr-hint-text">3&#8239;000 caractères maximum</span></label><textarea id="b"></textarea></div>
      <div class="fr-input-group"><label class="fr-label" for="c">Activités visées (obligatoire)</label>
        <textarea id="c" aria-describedby="c-count"></textarea><p id="c-count" class="fr-hint-text">0 / 5000 caractères</p></div>
      <div><label for="d">Compétences attestées</label><textarea id="d" required>abcdefghij</textarea>
        <span>90 caractères restants</span></div>
      <div><p id="e-l">Secteurs d'activités</p><div contenteditable="true" aria-labelledby="e-l" aria-required="true"></div></div>
      <div><label for="f">Type d'emplois accessibles</label><textarea id="f"></textarea></div>`;
  });

  it('reads limits from maxlength, hints and counters, and required markers', () => {
    const fields = scanRoot(document, { repertoire: 'RNCP' });
    const by = (id: string) => fields.find((f) => f.fieldId === id);
    expect(by('fiche.intitule')?.pageLimit).toEqual({ limit: 255, source: 'maxlength' });
    expect(by('fiche.objectifsContexte')?.pageLimit?.limit).toBe(3000);
    expect(by('fiche.activitesVisees')?.pageLimit?.limit).toBe(5000);
    expect(by('fiche.competencesAttestees')?.pageLimit?.limit).toBe(100);
    expect(by('fiche.typesEmplois')?.pageLimit).toBeNull();
    // Only the live counters (« 0 / 5000 caractères », « 90 caractères restants ») are the page's counter.
    expect(by('fiche.activitesVisees')?.pageCounter).toBe(true);
    expect(by('fiche.competencesAttestees')?.pageCounter).toBe(true);
    expect(by('fiche.objectifsContexte')?.pageCounter).toBeUndefined();
    expect(by('fiche.intitule')?.pageCounter).toBeUndefined();
    expect(by('fiche.intitule')?.pageRequired).toBe(true);
    expect(by('fiche.objectifsContexte')?.pageRequired).toBe(false);
    expect(by('fiche.activitesVisees')?.pageRequired).toBe(true);
    expect(by('fiche.competencesAttestees')?.pageRequired).toBe(true);
    expect(by('fiche.secteursActivite')?.pageRequired).toBe(true);
    expect(by('fiche.intitule')?.label).toBe('Intitulé de la certification');
    expect(by('fiche.objectifsContexte')?.label).toBe('Objectifs et contexte');
  });
});
