import { OVERLAY_CSS } from './overlay-style';

/** Tag of the overlay's host; `data-certifill-ui` makes the field scanner skip it. */
export const HOST_TAG = 'certifill-checks';

export interface Overlay {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Badges (decorative for assistive tech: the live region and the panel carry the words). */
  layer: HTMLElement;
  /** The summary panel (a named region). */
  panel: HTMLElement;
  /** The one polite live region. */
  live: HTMLElement;
  remove(): void;
}

/**
 * One shadow-root host for every badge, the summary and the live region. It is absolutely
 * positioned at the document's origin with no size, so the page's layout never moves; it takes no
 * pointer events except on the summary's buttons, and nothing in it ever calls focus() by itself.
 * No attribute or style is set on the page's own elements (html/body included).
 */
export function createOverlay(doc: Document = document): Overlay {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-certifill-ui', '');
  // Closed: the page can neither read the badges (what the person typed is counted there) nor change them.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  layer.setAttribute('aria-hidden', 'true');
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', 'Vérifications Certifill');
  const live = doc.createElement('div');
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  panel.append(live);
  shadow.append(style, layer, panel);
  // Keys pressed on the summary's buttons stay ours: the page's shortcuts never see them.
  for (const type of ['keydown', 'keyup', 'keypress'])
    shadow.addEventListener(type, (e) => e.stopPropagation());
  (doc.body ?? doc.documentElement).append(host);
  return { host, shadow, layer, panel, live, remove: () => host.remove() };
}
