/**
 * What the schema walk reads of a node. A browser DOM node has it; so has the light tree that
 * parse-lite.ts builds for stored values without a DOM (background, hot paths).
 */
export interface WalkNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<WalkNode>;
}
export interface WalkElement extends WalkNode {
  localName: string;
  getAttribute(name: string): string | null;
}

export const isElement = (n: WalkNode): n is WalkElement => n.nodeType === 1;
export const nameOf = (el: WalkElement) => el.localName.toLowerCase();
export const hasClass = (el: WalkElement, name: string) =>
  (el.getAttribute('class') ?? '').split(/\s+/).includes(name);

/** Text of a subtree, without layout. */
export function textOf(n: WalkNode): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  let s = '';
  for (const c of Array.from(n.childNodes)) s += textOf(c);
  return s;
}

/** First descendant element for which `test` holds (depth first). */
export function findElement(n: WalkNode, test: (el: WalkElement) => boolean): WalkElement | null {
  for (const c of Array.from(n.childNodes)) {
    if (!isElement(c)) continue;
    if (test(c)) return c;
    const inner = findElement(c, test);
    if (inner) return inner;
  }
  return null;
}
