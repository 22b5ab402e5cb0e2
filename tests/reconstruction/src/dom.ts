/** Tiny hyperscript helper: strings always become text nodes, never HTML. */
export type Child = Node | string | number | null | undefined | false | Child[];
export type AttrValue = string | number | boolean | null | undefined | ((event: Event) => void);
export type Attrs = Record<string, AttrValue>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Callbacks that need the element to be in the document (Quill, React roots). */
const mountQueue: Array<() => void> = [];
const cleanups: Array<() => void> = [];

export function onMounted(callback: () => void): void {
  mountQueue.push(callback);
}

export function flushMounted(): void {
  for (const callback of mountQueue.splice(0)) callback();
}

export function onCleanup(callback: () => void): void {
  cleanups.push(callback);
}

export function runCleanups(): void {
  for (const callback of cleanups.splice(0)) callback();
}
