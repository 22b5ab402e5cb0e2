// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { measure } from '@/entrypoints/certifpro.content/checks/badge';
import type { FieldState } from '@/entrypoints/certifpro.content/checks/field-state';
import { messageElements, pageShowsError } from '@/entrypoints/certifpro.content/checks/page-messages';
import { recognised } from './fields';

const rect = (x: number, y: number, w: number, h: number) =>
  ({ left: x, top: y, right: x + w, bottom: y + h, width: w, height: h, x, y }) as DOMRect;

function dsfrGroup(message: string) {
  document.body.innerHTML = `<div class="fr-input-group"><label class="fr-label" for="t">Intitulé
    <span class="fr-hint-text">Aide</span></label><input id="t" aria-describedby="t-messages">
    <div class="fr-messages-group" id="t-messages" aria-live="assertive">${message}</div></div>`;
  const input = document.querySelector('#t') as HTMLInputElement;
  const group = document.querySelector('.fr-messages-group') as HTMLElement;
  input.getBoundingClientRect = () => rect(100, 200, 400, 40);
  group.getBoundingClientRect = () => rect(100, 244, 400, 24);
  return { input, group };
}

const stateOf = (el: HTMLElement) => ({ field: recognised(el) }) as unknown as FieldState;

describe('badge placement and the page’s own messages', () => {
  it('goes right-aligned just under the field when the page says nothing', () => {
    const { input } = dsfrGroup('');
    const p = measure(stateOf(input), messageElements(input), rect(0, 0, 0, 0));
    expect(p).toEqual({ visible: true, field: { left: 100, top: 200, right: 500, bottom: 240 }, below: 240 });
  });

  it('goes below a DSFR error message instead of covering it', () => {
    const { input } = dsfrGroup('<p class="fr-message fr-message--error">Champ requis</p>');
    const p = measure(stateOf(input), messageElements(input), rect(0, -50, 0, 0));
    expect(p.below).toBe(244 + 24 + 50);
    expect(pageShowsError(input)).toBe(true);
  });

  it('ignores the hint inside the label (above the field)', () => {
    const { input } = dsfrGroup('');
    expect(messageElements(input).map((m) => m.className)).toEqual(['fr-messages-group']);
  });

  it('hides the badge of a field that is not rendered', () => {
    const { input } = dsfrGroup('');
    input.getBoundingClientRect = () => rect(0, 0, 0, 0);
    expect(measure(stateOf(input), [], rect(0, 0, 0, 0)).visible).toBe(false);
  });
});
