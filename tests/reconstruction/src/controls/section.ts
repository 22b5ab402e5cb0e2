import { type Child, h } from '../dom';
import { matId } from '../ids';

/** A titled section of a form tab. */
export function section(title: string, ...children: Child[]): HTMLElement {
  const id = matId('section');
  return h(
    'section',
    { class: 'cp-section fr-mb-6w', 'aria-labelledby': id },
    h('h3', { class: 'fr-h5', id }, title),
    children,
  );
}

export function requiredNotice(): HTMLElement {
  return h(
    'p',
    { class: 'fr-text--sm fr-mb-4w' },
    'Les champs marqués d’un astérisque (*) sont obligatoires.',
  );
}

/** Wraps a tab's content in a form that never submits (saving is simulated). */
export function tabForm(...children: Child[]): HTMLFormElement {
  return h(
    'form',
    { class: 'cp-form', novalidate: true, onsubmit: (event) => event.preventDefault() },
    children,
  );
}
