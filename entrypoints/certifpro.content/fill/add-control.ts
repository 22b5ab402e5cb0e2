import type { GroupId } from '@/utils/catalogue';
import { isAddName, isRemoveName, mentionsGroup } from '@/utils/fill/control-words';
import { type GroupLayout, parentOf } from './group-layout';

/**
 * The page's own add control of a group (« Ajouter un bloc », « Nouveau bloc », « + »), looked for
 * in the group's box or right after it, never elsewhere; and the remove control of one item,
 * inside that item's box. Only buttons and button-like links that lead nowhere qualify; a submit
 * button never does (pressSafely stops a plain `<button>` that would submit).
 */

const CLICKABLE = 'button, [role="button"], a[href], input[type="button"]';

/** The words a person reads on (or hears for) a control. */
export function controlName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria.trim();
  const text =
    (el as HTMLInputElement).value && el.tagName === 'INPUT'
      ? (el as HTMLInputElement).value
      : el.textContent;
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  return clean || (el.getAttribute('title') ?? '').trim();
}

/** A link that leads to another page: never pressed. */
function navigates(el: Element): boolean {
  if (el.tagName !== 'A') return false;
  const href = (el.getAttribute('href') ?? '').trim();
  return !(href === '' || href.startsWith('#') || /^javascript:/i.test(href));
}

function submits(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return type === 'submit' || type === 'image' || type === 'reset';
}

function usable(el: Element): el is HTMLElement {
  if (submits(el) || navigates(el)) return false;
  if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') return false;
  const box = el.getBoundingClientRect();
  if (box.width < 2 || box.height < 2) return false;
  return (
    typeof el.checkVisibility !== 'function' ||
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  );
}

/** Disabled or busy for now (the page is still answering a previous press). */
export function busy(el: Element): boolean {
  return (
    (el as HTMLButtonElement).disabled ||
    el.getAttribute('aria-disabled') === 'true' ||
    el.getAttribute('aria-busy') === 'true'
  );
}

const holdsOther = (block: Element, others: readonly Element[]) => others.some((o) => block.contains(o));

/** Blocks right after the group's box (and after its parents, two levels up) that hold no other control. */
function blocksAfter(layout: GroupLayout): Element[] {
  const out: Element[] = [];
  let from: Element | null = layout.container;
  for (let level = 0; from && level < 3; level++, from = parentOf(from)) {
    let next = from.nextElementSibling;
    for (let n = 0; next && n < 3; n++, next = next.nextElementSibling) {
      if (holdsOther(next, layout.others)) return out;
      out.push(next);
    }
    if (from.parentElement && holdsOther(from.parentElement, layout.others)) break;
  }
  return out;
}

function candidates(block: Element): Element[] {
  return [...(block.matches(CLICKABLE) ? [block] : []), ...block.querySelectorAll(CLICKABLE)];
}

/**
 * The add control for a group, with busy ones included (the caller waits for them). Ranked: one
 * that names the group's item first, inside the box before after it, in page order.
 */
export function findAddControl(
  layout: GroupLayout,
  opts: { includeBusy?: boolean } = {},
): HTMLElement | null {
  const inside = candidates(layout.container);
  const after = blocksAfter(layout).flatMap(candidates);
  const ok = (el: Element): el is HTMLElement =>
    isAddName(controlName(el)) &&
    (opts.includeBusy && busy(el) ? !submits(el) && !navigates(el) : usable(el));
  const ranked = [...inside.filter(ok), ...after.filter(ok)];
  const named = ranked.find((el) => mentionsGroup(controlName(el), layout.group));
  return named ?? ranked[0] ?? null;
}

/**
 * The remove control of one item: in the item's box, not inside one of its fields (a chip's
 * « Retirer M1805 » belongs to the field, not to the item).
 */
export function findRemoveControl(
  itemBox: Element,
  fieldElements: readonly Element[],
  group: GroupId,
): HTMLElement | null {
  const found = candidates(itemBox).filter((el): el is HTMLElement => {
    if (!usable(el) || !isRemoveName(controlName(el))) return false;
    // The closest block holding a field must be the item's box itself (or above it).
    for (let a = parentOf(el); a && a !== itemBox; a = parentOf(a))
      if (fieldElements.some((f) => a.contains(f))) return false;
    return true;
  });
  return found.find((el) => mentionsGroup(controlName(el), group)) ?? found[0] ?? null;
}
