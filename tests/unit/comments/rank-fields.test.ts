import { describe, expect, it } from 'vitest';
import { linkItem } from '@/utils/comments';
import { rankFieldsByTerms } from '@/utils/comments/rank-fields';

// Sentences from the development part of the corpus (c064, c262, c261).
describe('fields ranked by the remark’s own terms', () => {
  it.each([
    'La composition du jury de VAE n’est pas précisée.',
    'Le jury de VAE doit comporter au moins un quart de professionnels : préciser sa composition.',
  ])('lists the VAE jury composition then the VAE description first: %s', (text) => {
    const linked = linkItem(text, { repertoire: 'RNCP' });
    expect(linked.criterion?.number).toBe('6');
    expect(linked.fields.slice(0, 2)).toEqual([
      'fiche.voiesAcces.vae.compositionJury',
      'pieces.dispositifVae',
    ]);
    expect(linked.attachments[0]).toBe('pieces.dispositifVae');
    expect(linked.fields.indexOf('pieces.dispositifVae')).toBeLessThan(
      linked.fields.indexOf('rncp.critere6.pieces'),
    );
  });

  it('orders by shared words and keeps the criterion’s order on ties', () => {
    const ids = ['rncp.critere6.argumentaire', 'rncp.critere6.pieces', 'pieces.dispositifVae'];
    expect(rankFieldsByTerms('accompagnement des candidats', ids)).toEqual([
      'pieces.dispositifVae',
      'rncp.critere6.argumentaire',
      'rncp.critere6.pieces',
    ]);
    expect(rankFieldsByTerms('rien en commun', ids)).toEqual(ids);
  });
});
