// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { visibilityOf } from '@/entrypoints/certifpro.content/fill/visibility';
import { clippedAway, clipsEverything, hiddenNote, offPage } from '@/utils/fill/visibility';
import { fakeLayout } from '../../helpers/layout';
import { field, html } from './field';

beforeEach(() => {
  document.body.innerHTML = '';
  fakeLayout();
});

const seen = (markup: string, selector = 'input, select, textarea, [contenteditable]') => {
  const box = html(markup);
  const el = (box.matches(selector) ? box : box.querySelector(selector)) as HTMLElement;
  return visibilityOf(field(el));
};

describe('only what the person sees is filled', () => {
  it('a plain visible input is visible', () => {
    expect(seen('<div><input type="text"></div>')).toEqual({ visible: true });
  });

  it.each([
    ['display: none parent', '<div style="display:none"><input></div>', 'masque'],
    ['visibility: hidden parent', '<div style="visibility:hidden"><input></div>', 'masque'],
    ['hidden attribute on an ancestor', '<section hidden><div><input></div></section>', 'masque'],
    ['inert ancestor', '<div inert><input></div>', 'inerte'],
    ['aria-hidden ancestor', '<div aria-hidden="true"><input></div>', 'aria'],
    ['transparent ancestor', '<div style="opacity:0"><input></div>', 'transparent'],
    ['zero-size control', '<div><input data-rect="10,10,0,0"></div>', 'sans_taille'],
    ['off the page (left: -9999px)', '<div><input data-rect="-9999,10,200,24"></div>', 'hors_page'],
    [
      'zero-size box that hides its overflow',
      '<div style="overflow:hidden" data-rect="10,10,0,0"><input data-rect="10,10,200,24"></div>',
      'rogne',
    ],
    ['visually-hidden pattern (1 × 1 px)', '<div><input data-rect="10,10,1,1"></div>', 'sans_taille'],
  ])('%s → invisible (%s)', (_name, markup, reason) => {
    expect(seen(markup)).toMatchObject({ visible: false, reason });
  });

  it('a control in a tab panel not shown says which tab', () => {
    const v = seen(
      '<div><button id="t2" role="tab">Promotions</button><div role="tabpanel" aria-labelledby="t2" hidden><input></div></div>',
    );
    expect(v).toEqual({ visible: false, reason: 'onglet', tab: 'Promotions' });
    expect(hiddenNote(v)).toBe(
      'dans l’onglet « Promotions », non affiché : ouvrez-le, puis pré-remplissez de nouveau',
    );
  });

  it('a transparent radio behind its visible label (DSFR) is visible; a hidden group is not', () => {
    const group = html(
      '<fieldset><input type="radio" id="r1" name="r" value="Oui" style="opacity:0"><label for="r1">Oui</label><input type="radio" id="r2" name="r" value="Non" style="opacity:0"><label for="r2">Non</label></fieldset>',
    );
    const radios = [...group.querySelectorAll('input')] as HTMLInputElement[];
    expect(visibilityOf(field(radios[0] as HTMLElement, { control: 'radio', radios }))).toEqual({
      visible: true,
    });
    group.style.display = 'none';
    expect(visibilityOf(field(radios[0] as HTMLElement, { control: 'radio', radios }))).toMatchObject({
      visible: false,
    });
  });

  it('a scrolling box lets the person reach what it holds', () => {
    expect(
      seen('<div style="overflow:auto" data-rect="10,10,300,100"><input data-rect="10,500,200,24"></div>'),
    ).toEqual({ visible: true });
  });

  it('the hidden select behind a combobox is never written directly', () => {
    expect(
      seen(
        '<div><select data-rect="10,10,1,1"><option>A</option></select><span role="combobox" aria-expanded="false">A</span></div>',
        'select',
      ),
    ).toEqual({ visible: false, reason: 'composant' });
  });
});

describe('visibility rules', () => {
  it('off the page only left of or above the origin', () => {
    expect(offPage({ left: -9999, top: 0, width: 200, height: 20 }, { x: 0, y: 0 })).toBe(true);
    expect(offPage({ left: 10, top: -500, width: 200, height: 20 }, { x: 0, y: 1000 })).toBe(false);
    expect(offPage({ left: 10, top: 3000, width: 200, height: 20 }, { x: 0, y: 0 })).toBe(false);
  });
  it('clipped away when less than 2 px of it shows', () => {
    const clip = { left: 0, top: 0, width: 100, height: 100 };
    expect(clippedAway({ left: 50, top: 50, width: 200, height: 20 }, clip)).toBe(false);
    expect(clippedAway({ left: 150, top: 50, width: 200, height: 20 }, clip)).toBe(true);
    expect(clippedAway({ left: 10, top: 10, width: 200, height: 20 }, { ...clip, width: 0, height: 0 })).toBe(
      true,
    );
  });
  it('recognises the visually-hidden clip patterns', () => {
    expect(clipsEverything('rect(0px, 0px, 0px, 0px)', 'none')).toBe(true);
    expect(clipsEverything('rect(0 0 0 0)', '')).toBe(true);
    expect(clipsEverything('auto', 'inset(50%)')).toBe(true);
    expect(clipsEverything('auto', 'none')).toBe(false);
  });
});
