/**
 * The part of the page where badges are rendered: the viewport and one screen above and below it,
 * in the overlay's coordinates. Badges further away are not rendered (`display: none`), so a long
 * page with 2 000 counters lays out and paints only the few dozen around the person.
 */
export interface Band {
  top: number;
  bottom: number;
}

export function bandOf(host: DOMRect, viewportHeight: number): Band {
  const top = -host.top;
  return { top: top - viewportHeight, bottom: top + 2 * viewportHeight };
}

export const sameBand = (a: Band | null, b: Band): boolean =>
  a !== null && a.top === b.top && a.bottom === b.bottom;

export const isNear = (top: number, band: Band): boolean => top >= band.top && top <= band.bottom;
