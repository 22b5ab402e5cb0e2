import type { RecognisedField, TaughtMapping } from '../matching/types';

/** The `fieldPath` that means « ne jamais remplir ce champ ». */
export const NEVER_FILL = 'none';

/** `/webapp/rncp/demandes/48213/fiche` → `/webapp/rncp/demandes/*\/fiche`: the same tab of any demande. */
export function pathPatternFor(pathname: string): string {
  return pathname.replace(/\/\d+(?=\/|$)/g, '/*').replace(/\/+$/, '') || '/';
}

/** `*` stands for one path segment, `**` for anything. */
export function patternMatches(pattern: string, pathname: string): boolean {
  const re = pattern
    .replace(/\/+$/, '')
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${re}/?$`).test(pathname.replace(/\/+$/, '') || '/');
}

/** Mappings that apply on this page, the most specific pattern first. */
export function mappingsFor<M extends TaughtMapping>(
  mappings: readonly M[],
  where: { hostname: string; pathname: string },
): M[] {
  const wild = (m: M) => (m.pathPattern.match(/\*/g) ?? []).length;
  return mappings
    .filter((m) => m.host === where.hostname && patternMatches(m.pathPattern, where.pathname))
    .sort((a, b) => wild(a) - wild(b));
}

/** Applies taught mappings over the matcher's decisions: what the user taught comes first. */
export function applyTaught(
  fields: readonly RecognisedField[],
  mappings: readonly TaughtMapping[],
): RecognisedField[] {
  const bySignature = new Map<string, TaughtMapping>();
  for (const m of mappings) if (!bySignature.has(m.signature)) bySignature.set(m.signature, m);
  return fields.map((f) => {
    const m = bySignature.get(f.signature);
    if (!m) return f;
    if (m.fieldPath === NEVER_FILL)
      return { ...f, path: null, fieldId: null, decision: 'ignored', confidence: 1 };
    return {
      ...f,
      path: m.fieldPath,
      fieldId: m.fieldPath.replace(/\[\d+\]/g, '[]'),
      decision: 'taught',
      confidence: 1,
    };
  });
}
