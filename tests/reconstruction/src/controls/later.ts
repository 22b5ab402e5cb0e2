import { onCleanup } from '../dom';

/**
 * How long the platform takes to answer an « Ajouter… » or a code search (a server round trip on
 * the real site). Items and suggestions arrive late: a filler must wait for them, not assume them.
 */
export const ADD_DELAY_MS = 450;
export const SEARCH_DELAY_MS = 250;

/** Runs `task` after `ms`, unless the panel is re-rendered (tab switch) first. */
export function later(ms: number, task: () => void): void {
  const timer = window.setTimeout(task, ms);
  onCleanup(() => window.clearTimeout(timer));
}

/** Marks a button busy while its request runs, as DSFR pages do (`aria-busy`, disabled). */
export function busy(button: HTMLButtonElement, on: boolean): void {
  button.disabled = on;
  if (on) button.setAttribute('aria-busy', 'true');
  else button.removeAttribute('aria-busy');
}
