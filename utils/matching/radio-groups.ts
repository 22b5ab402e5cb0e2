import { textByIds } from './aria-refs';
import type { Collected } from './collect';
import type { LabelMap } from './label-map';
import { normalizeFr } from './normalize';
import { textOf, titleText } from './text';

/** Radios of one question become one control; its label is the group's, its options the radios'. */

export interface RadioGroup {
  first: Collected;
  radios: HTMLInputElement[];
}

/** Groups radios by root, form and name (unnamed radios: by their fieldset or radiogroup). */
export function groupRadios(items: readonly Collected[]): { singles: Collected[]; groups: RadioGroup[] } {
  const singles: Collected[] = [];
  const groups: RadioGroup[] = [];
  const byHolder = new Map<object, Map<string, RadioGroup>>();
  for (const item of items) {
    if (item.kind !== 'radio') {
      singles.push(item);
      continue;
    }
    const el = item.element as HTMLInputElement;
    const name = el.getAttribute('name') ?? '';
    const holder: object = name
      ? (el.closest('form') ?? item.scope)
      : (el.closest('fieldset, [role=radiogroup]') ?? el.parentElement ?? item.scope);
    let named = byHolder.get(holder);
    if (!named) {
      named = new Map();
      byHolder.set(holder, named);
    }
    const group = named.get(name);
    if (group) group.radios.push(el);
    else {
      const created = { first: item, radios: [el] };
      named.set(name, created);
      groups.push(created);
    }
  }
  return { singles, groups };
}

/** Nearest element holding every radio of the group. */
export function commonContainer(radios: readonly Element[]): Element {
  const first = radios[0] as Element;
  let a: Element | null = first.parentElement;
  while (a && !radios.every((r) => a?.contains(r))) a = a.parentElement;
  return a ?? first;
}

/** The group's own name: radiogroup ARIA, or the legend of a fieldset holding only these radios. */
export function radioGroupLabel(radios: readonly HTMLInputElement[], anchor: Element): string {
  for (let a: Element | null = anchor, i = 0; a && i < 4; a = a.parentElement, i++) {
    const role = a.getAttribute('role');
    if (role === 'radiogroup' || role === 'group' || a.tagName === 'FIELDSET') {
      const named = a.hasAttribute('aria-labelledby')
        ? textByIds(a, 'aria-labelledby')
        : (a.getAttribute('aria-label') ?? '');
      if (named) return named;
      const legend = a.tagName === 'FIELDSET' ? a.querySelector(':scope > legend') : null;
      const others = a.querySelectorAll('input:not([type=radio]):not([type=hidden]), select, textarea');
      if (legend && others.length === 0 && radios.every((r) => a?.contains(r))) return titleText(legend);
    }
  }
  return '';
}

/** Normalised option texts of radios (their labels, else aria-label, else value). */
export function radioOptions(radios: readonly HTMLInputElement[], labels: LabelMap): string[] {
  return radios.map((r) => {
    const own = labels
      .get(r)
      ?.map((l) => textOf(l))
      .join(' ');
    const ref = r.hasAttribute('aria-labelledby') ? textByIds(r, 'aria-labelledby') : '';
    return normalizeFr(own || ref || r.getAttribute('aria-label') || r.value || '');
  });
}
