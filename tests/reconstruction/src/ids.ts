/**
 * Generated ids, like a component framework would produce them: a global counter
 * (`mat-input-37`, grows on every render) and short hashes (`field_8f2a`).
 */
let counter = 0;
const usedHashes = new Set<string>();

export function matId(kind = 'input'): string {
  counter += 1;
  return `mat-${kind}-${counter}`;
}

function fnv16(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return ((hash ^ (hash >>> 16)) & 0xffff).toString(16).padStart(4, '0');
}

/** Stable per field key within one render; collisions get the next free hash. */
export function fieldId(key: string): string {
  let hash = fnv16(key);
  while (usedHashes.has(hash))
    hash = ((Number.parseInt(hash, 16) + 1) & 0xffff).toString(16).padStart(4, '0');
  usedHashes.add(hash);
  return `field_${hash}`;
}

export function resetFieldIds(): void {
  usedHashes.clear();
}
