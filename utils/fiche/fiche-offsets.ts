const OPEN = new TextEncoder().encode('<FICHE>');
/** Bytes kept from one chunk to the next: a tag cut in two starts in them. */
const CARRY = OPEN.length - 1;

/**
 * Byte offsets of every `<FICHE>` in the export's XML, found by scanning the bytes (no decoding):
 * the second reading, for the fiche picked, decodes and parses from there only.
 */
export class FicheOffsets {
  readonly offsets: number[] = [];
  private consumed = 0;
  /** The last bytes seen (at most CARRY), for a tag cut between two chunks. */
  private carry = new Uint8Array(0);

  /**
   * Chunks are scanned where they are: only the joint with the previous chunk is copied (a few
   * bytes), not the chunk (copying each one allocated as much as the whole XML, 426 MB for the
   * full export, in buffers outside the JavaScript heap that only a full collection frees).
   */
  scan(bytes: Uint8Array): void {
    if (this.carry.length > 0) {
      const joint = new Uint8Array(this.carry.length + Math.min(bytes.length, CARRY));
      joint.set(this.carry);
      joint.set(bytes.subarray(0, joint.length - this.carry.length), this.carry.length);
      // Only tags starting in the carried bytes: those starting in `bytes` are found below.
      this.find(joint, this.consumed - this.carry.length, this.carry.length);
    }
    this.find(bytes, this.consumed, bytes.length);
    this.consumed += bytes.length;
    if (bytes.length >= CARRY) this.carry = bytes.slice(bytes.length - CARRY);
    else {
      const all = new Uint8Array(this.carry.length + bytes.length);
      all.set(this.carry);
      all.set(bytes, this.carry.length);
      this.carry = all.slice(Math.max(0, all.length - CARRY));
    }
  }

  /** Records every `<FICHE>` of `data` that starts before `startsBefore`; `base` is data[0]'s offset. */
  private find(data: Uint8Array, base: number, startsBefore: number): void {
    for (
      let i = data.indexOf(0x3c);
      i >= 0 && i < startsBefore && i + OPEN.length <= data.length;
      i = data.indexOf(0x3c, i + 1)
    ) {
      let j = 1;
      while (j < OPEN.length && data[i + j] === OPEN[j]) j++;
      if (j === OPEN.length) this.offsets.push(base + i);
    }
  }
}
