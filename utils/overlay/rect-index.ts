/** A rectangle in the overlay's coordinates (the document's, in CSS pixels). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const ROW = 64;

const overlap = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const empty = (b: Box): boolean => b.right <= b.left || b.bottom <= b.top;

/**
 * The page's controls by horizontal bands of 64 px, so that asking whether a badge would cover one
 * looks at the few controls of its rows, not at all 2 000 of a long form.
 */
export class RectIndex {
  private readonly rows = new Map<number, { box: Box; owner: unknown }[]>();

  /** Adds a control's box (an empty box, a control not rendered, covers nothing). */
  add(box: Box, owner: unknown): void {
    if (empty(box)) return;
    for (let r = Math.floor(box.top / ROW); r <= Math.floor((box.bottom - 1) / ROW); r++) {
      const row = this.rows.get(r);
      if (row) row.push({ box, owner });
      else this.rows.set(r, [{ box, owner }]);
    }
  }

  /** Whether `box` would cover a control other than `except`'s (touching edges do not count). */
  hits(box: Box, except?: unknown): boolean {
    if (empty(box)) return false;
    for (let r = Math.floor(box.top / ROW); r <= Math.floor((box.bottom - 1) / ROW); r++)
      for (const o of this.rows.get(r) ?? []) if (o.owner !== except && overlap(box, o.box)) return true;
    return false;
  }
}
