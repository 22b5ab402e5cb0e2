export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
export const median = (v) => quantile(v, 0.5);
export const p95 = (v) => quantile(v, 0.95);
export const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * 95 % confidence interval of the median of `values`, without assuming any distribution: the
 * order statistics k and n + 1 − k with k = ⌊n/2 − 0.98·√n⌋ (binomial, normal approximation).
 * With fewer than 6 values it cannot reach 95 %: the whole range is given. Null for no values.
 */
export function medianInterval(values, d = 2) {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return null;
  const k = n < 6 ? 1 : Math.max(1, Math.floor(n / 2 - 0.98 * Math.sqrt(n)));
  return [round(s[k - 1], d), round(s[n - k], d)];
}

/** « [1,02 – 1,08] »: an interval as printed beside its figure. */
export const formatInterval = (iv) => (iv ? `[${iv[0]} – ${iv[1]}]` : '');
