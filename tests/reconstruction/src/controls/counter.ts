import { h } from '../dom';
import { matId } from '../ids';

/** Visible "x / y caractères" counter; does not block typing past the limit. */
export function counter(max: number): { el: HTMLElement; update: (length: number) => void } {
  const el = h('p', { class: 'fr-hint-text cp-counter', id: matId('counter'), 'aria-live': 'polite' });
  const update = (length: number) => {
    el.textContent = `${length} / ${max} caractères`;
    el.classList.toggle('cp-counter--over', length > max);
  };
  update(0);
  return { el, update };
}

export function describedBy(control: Element, id: string): void {
  const current = control.getAttribute('aria-describedby');
  control.setAttribute('aria-describedby', current ? `${current} ${id}` : id);
}
