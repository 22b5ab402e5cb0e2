export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
export const median = (v) => quantile(v, 0.5);
export const p95 = (v) => quantile(v, 0.95);
export const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
