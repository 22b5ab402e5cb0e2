/** Format rules for single values. Each returns a French message and a code, or null when fine. */

export interface FormatIssue {
  code: string;
  message: string;
  severity?: 'error' | 'warning';
}

const issue = (code: string, message: string, severity?: 'error' | 'warning'): FormatIssue => ({
  code,
  message,
  ...(severity ? { severity } : {}),
});

export function checkRome(v: string): FormatIssue | null {
  return /^[A-N]\d{4}$/.test(v)
    ? null
    : issue(
        'format-rome',
        `Code ROME invalide : « ${v} ». Format attendu : une lettre de A à N suivie de 4 chiffres (ex. K1403).`,
      );
}

export function checkNsf(v: string): FormatIssue | null {
  return /^\d{3}[a-z]?$/.test(v)
    ? null
    : issue(
        'format-nsf',
        `Code NSF invalide : « ${v} ». Format attendu : 3 chiffres, éventuellement suivis d’une lettre minuscule (ex. 326n).`,
      );
}

export function checkFormacode(v: string): FormatIssue | null {
  return /^\d{5}$/.test(v)
    ? null
    : issue('format-formacode', `Formacode invalide : « ${v} ». Format attendu : 5 chiffres (ex. 31006).`);
}

export function checkBlocCode(v: string): FormatIssue | null {
  return /^RNCP\d+BC\d{2}$/.test(v)
    ? null
    : issue(
        'format-bloc',
        `Code de bloc invalide : « ${v} ». Format attendu : RNCP, le numéro de la fiche, BC et 2 chiffres (ex. RNCP35185BC01).`,
      );
}

export function checkFicheCode(v: string): FormatIssue | null {
  return /^(RNCP\d{3,6}|RS\d{2,5})$/.test(v)
    ? null
    : issue(
        'format-fiche',
        `Code de certification invalide : « ${v} ». Format attendu : RNCP suivi de 3 à 6 chiffres, ou RS suivi de 2 à 5 chiffres (ex. RNCP35185, RS5678).`,
      );
}

export function checkUrl(v: string): FormatIssue | null {
  const bad = issue(
    'format-url',
    'L’adresse internet doit commencer par http:// ou https:// (ex. https://www.exemple.fr).',
  );
  if (!/^https?:\/\//i.test(v) || /\s/.test(v)) return bad;
  try {
    const u = new URL(v);
    return u.hostname.includes('.') || u.hostname === 'localhost' ? null : bad;
  } catch {
    return bad;
  }
}

export function checkEmail(v: string): FormatIssue | null {
  return /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}$/i.test(v)
    ? null
    : issue('format-email', 'L’adresse électronique n’est pas valide. Format attendu : nom@domaine.fr');
}

/** French numbers: 0X XX XX XX XX, +33 X XX XX XX XX, (+33) 1 22 33 44 55, 0033…; separators space . - */
export function checkPhone(v: string): FormatIssue | null {
  const compact = v
    .replace(/[\s.\-\u00a0\u202f]/g, '')
    .replace(/^\(\+33\)/, '+33')
    .replace(/^\+33\(0\)/, '+33');
  const ok =
    /^0[1-9]\d{8}$/.test(compact) ||
    /^(\+33|0033)[1-9]\d{8}$/.test(compact) ||
    /^\+(?!33)[1-9]\d{6,13}$/.test(compact);
  return ok
    ? null
    : issue(
        'format-phone',
        'Le numéro de téléphone n’est pas valide. Format attendu : 01 22 33 44 55 ou +33 1 22 33 44 55.',
      );
}
