/** A stable key per control for this visit of the page, so the popup can name a field. */
const keys = new WeakMap<Element, string>();
let next = 0;

export function keyOf(el: Element): string {
  let k = keys.get(el);
  if (!k) {
    next += 1;
    k = `f${next}`;
    keys.set(el, k);
  }
  return k;
}
