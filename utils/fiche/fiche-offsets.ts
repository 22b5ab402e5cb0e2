const OPEN = new TextEncoder().encode('<FICHE>');

/**
 * Byte offsets of every `<FICHE>` in the export's XML, found by scanning the bytes (no decoding):
 * the second reading, for the fiche picked, decodes and parses from there only.
 */
export class FicheOffsets {
  readonly offsets: number[] = [];
  private consumed = 0;
  /** The last bytes of the previous chunk, for a tag cut in two. */
  private carry = new Uint8Array(0);

  scan(bytes: Uint8Array): void {
    const data = this.carry.length ? concat(this.carry, bytes) : bytes;
    const base = this.consumed - this.carry.length;
    for (
      let i = data.indexOf(0x3c);
      i >= 0 && i + OPEN.length <= data.length;
      i = data.indexOf(0x3c, i + 1)
    ) {
      let j = 1;
      while (j < OPEN.length && data[i + j] === OPEN[j]) j++;
      if (j === OPEN.length) this.offsets.push(base + i);
    }
    this.consumed += bytes.length;
    this.carry = data.slice(Math.max(0, data.length - (OPEN.length - 1)));
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
