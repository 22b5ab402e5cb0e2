/**
 * What the person can see of a control, as plain data: the content script reads the page
 * (entrypoints/certifpro.content/fill/visibility.ts), these rules decide. Pre-fill writes only
 * into controls the person sees; every other one shows as « invisible — non rempli » with why.
 */
export type HiddenReason =
  /** In a tab panel not shown: the person opens the tab, then pre-fills again. */
  | 'onglet'
  /** `display: none`, `visibility: hidden`, the `hidden` attribute (on it or an ancestor). */
  | 'masque'
  | 'inerte'
  | 'aria'
  | 'transparent'
  | 'sans_taille'
  /** Cut away by an ancestor (`overflow: hidden` box that does not reach it, `clip`, `clip-path`). */
  | 'rogne'
  | 'hors_page'
  /** The hidden control behind a widget of the page (a combobox, a chip list): written only through it. */
  | 'composant';

export type Visibility = { visible: true } | { visible: false; reason: HiddenReason; tab?: string };

export const VISIBLE: Visibility = { visible: true };

/** The words shown in the preview and the report after « invisible — non rempli ». */
export function hiddenNote(v: Visibility): string {
  if (v.visible) return '';
  switch (v.reason) {
    case 'onglet':
      return v.tab
        ? `dans l’onglet « ${v.tab} », non affiché : ouvrez-le, puis pré-remplissez de nouveau`
        : 'dans un onglet non affiché : ouvrez-le, puis pré-remplissez de nouveau';
    case 'masque':
      return 'masqué par la page (le champ ou une zone qui le contient n’est pas affiché)';
    case 'inerte':
      return 'dans une zone inactive de la page (inert)';
    case 'aria':
      return 'dans une zone cachée de la page (aria-hidden)';
    case 'transparent':
      return 'transparent (opacité nulle)';
    case 'sans_taille':
      return 'sans taille à l’écran';
    case 'rogne':
      return 'caché par la zone qui le contient';
    case 'hors_page':
      return 'placé hors de la page';
    case 'composant':
      return 'champ caché derrière une liste ou un composant de la page : il n’est jamais écrit directement';
  }
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Below this many pixels on either side, a box shows nothing a person can use (visually-hidden inputs are 1 px). */
export const MIN_SIZE = 2;

export const tooSmall = (r: Rect): boolean => r.width < MIN_SIZE || r.height < MIN_SIZE;

/**
 * Off the page: entirely left of or above the document's origin, where no scrolling reaches
 * (`left: -9999px`). `scroll` is the top document's scroll offset; `r` in viewport coordinates.
 */
export function offPage(r: Rect, scroll: { x: number; y: number }): boolean {
  return r.left + r.width + scroll.x <= 0 || r.top + r.height + scroll.y <= 0;
}

/** Whether what `clip` lets through of `r` is too small to see (both in one coordinate system). */
export function clippedAway(r: Rect, clip: Rect): boolean {
  const width = Math.min(r.left + r.width, clip.left + clip.width) - Math.max(r.left, clip.left);
  const height = Math.min(r.top + r.height, clip.top + clip.height) - Math.max(r.top, clip.top);
  return width < MIN_SIZE || height < MIN_SIZE;
}

/** `clip: rect(0 0 0 0)`-like values and `clip-path: inset(50%)`: the classic visually-hidden patterns. */
export function clipsEverything(clip: string, clipPath: string): boolean {
  if (/^rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)$/.test(clip.trim())) return true;
  const inset = /^inset\(\s*(\d+(?:\.\d+)?)%/.exec(clipPath.trim());
  return inset !== null && Number(inset[1]) >= 50;
}
