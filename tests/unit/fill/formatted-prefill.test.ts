import { describe, expect, it } from 'vitest';
import { planField } from '@/utils/fill/plan';
import { dossier, state } from './helpers';

const HTML = '<p>Le titulaire :</p><ul><li>installe ;</li><li>dépanne.</li></ul>';
const d = dossier({ 'fiche.activitesVisees': HTML });

describe('pre-filling formatted text', () => {
  it('gives a rich-text editor the sanitized HTML, and the text it will show', () => {
    const item = planField(state({ path: 'fiche.activitesVisees', control: 'richtext' }), d);
    expect(item.decision).toBe('a_remplir');
    expect(item.write).toEqual({ kind: 'text', text: 'Le titulaire :\ninstalle ;\ndépanne.', html: HTML });
  });

  it('gives a plain textarea the plain rendering, with « - » bullets and a blank line', () => {
    const item = planField(state({ path: 'fiche.activitesVisees', control: 'textarea' }), d);
    expect(item.write).toEqual({ kind: 'text', text: 'Le titulaire :\n\n- installe ;\n- dépanne.' });
  });

  it('measures the limit on the rendering each control receives', () => {
    // Visible text: 34 characters; plain rendering: 41 (bullets and the blank line).
    const limit = { limit: 36, source: 'maxlength' };
    expect(planField(state({ path: 'fiche.activitesVisees', control: 'richtext', limit }), d).decision).toBe(
      'a_remplir',
    );
    expect(planField(state({ path: 'fiche.activitesVisees', control: 'textarea', limit }), d).decision).toBe(
      'trop_long',
    );
  });
});
