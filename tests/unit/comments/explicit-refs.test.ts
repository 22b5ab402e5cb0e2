import { describe, expect, it } from 'vitest';
import { findExplicitRefs } from '@/utils/comments/explicit-refs';

const refs = (text: string) => findExplicitRefs(text).map((r) => `${r.scheme}:${r.number}`);

describe('findExplicitRefs', () => {
  it.each([
    ['Critère n° 3 : les compétences…', ['dossier:3']],
    ['Critère n°3', ['dossier:3']],
    ['Critère 2° bis', ['dossier:2 bis']],
    ['Au titre du critère 4°, merci de…', ['dossier:4']],
    ['au titre du 2° ter', ['dossier:2 ter']],
    ['au titre du 2 ter, préciser', ['dossier:2 ter']],
    ['1° quinquies – détailler les modules', ['dossier:1 quinquies']],
    ['Troisième critère : revoir', ['dossier:3']],
    ['le 3e critère', ['dossier:3']],
    ['Critères 1° et 2° : données incohérentes', ['dossier:1', 'dossier:2']],
    ['critères 1 et 2', ['dossier:1', 'dossier:2']],
    ['R. 6113-9 4° : règlement d’examen', ['RNCP:4']],
    ['4° de l’article R. 6113-9', ['RNCP:4']],
    ['au titre de l’article R. 6113-11, 1° quater', ['RS:1 quater']],
    ['article R6113-11', ['RS:*']],
    ['article R. 6113-8-1 2°', ['both:R6113-8-1 2°']],
    ['Au titre de l’article R. 6113-8-1, 3°, la plaquette', ['both:R6113-8-1 3°']],
    ['au titre de l’article R. 6113-8-1', ['both:R6113-8-1']],
    ['au titre de la recevabilité', ['both:recevabilite']],
    ['le dossier est irrecevable', ['both:recevabilite']],
    ['bulletin n° 3 manquant', ['both:recevabilite']],
    ['au titre du II de l’article R. 6113-9', ['both:II']],
    ['objectifs de l’article L. 6313-3', ['RS:L6313-3']],
    ['Critère ３', []],
  ])('%s', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });

  it.each([
    'Le Kbis doit dater de moins de 3 mois.',
    'La certification RNCP34567 et la fiche RS5843.',
    'Les promotions 2024 et 2025 sont présentées.',
    'Le bloc n° 2 et le bloc 3 ; annexe 3 ; pièce 4.',
    'taux d’insertion à 6 mois et à 2 ans, niveau 6',
    'la salle est chauffée à 19 °C',
    'siège : 2 bis rue de la Paix',
    'critère 2024',
  ])('finds no criterion in « %s »', (text) => {
    expect(refs(text).filter((r) => !r.startsWith('both:recevabilite'))).toEqual([]);
  });

  it('does not read « recevabilité » of a VAE application as the admissibility check', () => {
    expect(
      refs(
        'Préciser les conditions de recevabilité des candidatures à la VAE et le délai de réponse aux candidats.',
      ),
    ).toEqual([]);
  });

  it('keeps the matched words of the original text', () => {
    const [ref] = findExplicitRefs('Au titre du Critère n° 3 :');
    expect(ref?.match).toBe('Critère n° 3');
  });
});
