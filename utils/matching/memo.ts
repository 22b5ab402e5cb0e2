/**
 * Memoises a pure function of a string. Pages repeat the same texts (headings, legends, column
 * headers) for many controls; the cache is simply emptied when it grows past `max` entries.
 */
export function memo<T>(fn: (text: string) => T, max = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= max) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}

/** A pattern's verdict on texts a page repeats (class lists, cues), each text tested once. */
export function memoTest(pattern: RegExp): (text: string) => boolean {
  if (pattern.global || pattern.sticky) throw new Error('memoTest: a stateful pattern');
  return memo((text) => pattern.test(text));
}
