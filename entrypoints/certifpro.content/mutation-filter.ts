/** What the observer watches, and which mutations can change the set of recognised fields (anchors §5.4). */
export const ATTRIBUTE_FILTER = [
  'id',
  'name',
  'for',
  'type',
  'disabled',
  'readonly',
  'required',
  'maxlength',
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'hidden',
];

export const CONTROL_SELECTOR = 'input, textarea, select, label, legend, [contenteditable], iframe';

/** Our own UI (overlay, badges) carries this attribute: its mutations never trigger a rescan. */
export const OUR_UI = '[data-certifill-ui]';

export function isOurs(node: Node): boolean {
  let n: Node | null = node;
  for (let hops = 0; n && hops < 6; hops++) {
    const el: Element | null = n.nodeType === 1 ? (n as Element) : n.parentElement;
    if (el?.closest(OUR_UI)) return true;
    const root: Node | undefined = el?.getRootNode();
    n = root && 'host' in root ? (root as ShadowRoot).host : null;
  }
  return false;
}

/** The node is a control or label, or holds one (its open shadow root included). */
export function touchesControls(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.matches(CONTROL_SELECTOR) || el.querySelector(CONTROL_SELECTOR)) return true;
  return !!el.shadowRoot?.querySelector(CONTROL_SELECTOR);
}

const holdsElement = (nodes: NodeList): boolean => {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]?.nodeType === 1) return true;
  return false;
};

/**
 * Whether a record is worth keeping for isRelevant: text nodes added or removed alone (a page that
 * writes its own counter on every keystroke) can never change the fields, and are dropped at once.
 */
export function mayMatter(r: MutationRecord): boolean {
  return r.type === 'attributes' || holdsElement(r.addedNodes) || holdsElement(r.removedNodes);
}

/** One pass over a batch of records: true as soon as one can change what a scan finds. */
export function isRelevant(records: readonly MutationRecord[]): boolean {
  for (const r of records) {
    if (isOurs(r.target)) continue;
    if (r.type === 'attributes') {
      if (touchesControls(r.target)) return true;
      continue;
    }
    for (const n of Array.from(r.addedNodes)) if (touchesControls(n)) return true;
    for (const n of Array.from(r.removedNodes)) if (touchesControls(n)) return true;
  }
  return false;
}
