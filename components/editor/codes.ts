/** Code lists (multiselect fields): how codes are written and what format is expected. */

const HINTS: Record<string, string> = {
  codeNSF: 'Format : 3 chiffres et une lettre facultative (ex. : 326n).',
  codeFormacode: 'Format : 5 chiffres (ex. : 31054).',
  codeROME: 'Format : une lettre de A à N et 4 chiffres (ex. : M1805).',
  codeBloc: 'Format : code du bloc (ex. : RNCP12345BC01).',
};

export function codeFormatHint(enumRef: string | null): string {
  return (enumRef && HINTS[enumRef]) || 'Séparez les codes par Entrée, une virgule ou un espace.';
}

/** NSF letters are lower case (326n); ROME and bloc codes upper case (M1805, RNCP12345BC01). */
export function normaliseCode(raw: string, enumRef: string | null): string {
  const c = raw.trim();
  if (enumRef === 'codeNSF') return c.toLowerCase();
  if (enumRef === 'codeROME' || enumRef === 'codeBloc') return c.toUpperCase();
  return c;
}
