import { isTitleElement, refsByIds } from './aria-refs';
import type { RootScope, Walk } from './collect';
import type { LabelMap } from './label-map';
import { labelText } from './text';

/** What names a control: its labels and ARIA names, or those of the textarea an editor replaced. */

export interface NamingEnv {
  walk: Walk;
  labelMaps: Map<RootScope, LabelMap>;
}

/**
 * Labels, ARIA names of an element, as its own root's label map sees it. A heading pointed at by
 * `aria-labelledby` only partly names the control (« Bloc 2 » + « Intitulé »): `partial`.
 */
export function namesOf(
  el: Element,
  env: NamingEnv,
): { texts: string[]; partial: string[]; labels: Element[] } {
  let labels: Element[] = [];
  for (const map of env.labelMaps.values()) labels = map.get(el) ?? labels;
  const texts = labels.map((l) => labelText(l).text);
  const partial: string[] = [];
  for (const { text, target } of refsByIds(el, 'aria-labelledby'))
    (isTitleElement(target) ? partial : texts).push(text);
  const aria = el.getAttribute('aria-label');
  if (aria) texts.push(aria);
  if (!texts.some(Boolean)) return { texts: partial, partial: [], labels };
  return { texts: texts.filter(Boolean), partial, labels };
}

/** A hidden textarea that a rich-text editor replaced (TinyMCE, CKEditor): its labels name the editor. */
export function backingOf(el: Element, scope: RootScope, env: NamingEnv): Element | null {
  let s: RootScope | null = scope;
  let a: Element | null = el;
  for (let i = 0; a && i < 12; i++) {
    const backing = env.walk.backing.get(a);
    if (backing) return backing;
    a = a.parentElement ?? (a.parentNode?.nodeType === 11 ? (a.parentNode as ShadowRoot).host : null);
    if (!a && s?.host) {
      a = s.host;
      s = s.parent;
    }
  }
  return null;
}
