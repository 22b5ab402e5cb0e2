import { type CatalogueField, enumOptions } from '../catalogue';
import type { FieldValue } from '../dossier/model';
import { restoreFlattenedLists } from '../richtext/flattened-lists';

/** A value of the export turned into a dossier value, or why it could not be. */
export type Converted = { ok: true; value: FieldValue; listed: boolean } | { ok: false; reason: string };

const YES = /^(oui|yes|true|1)$/i;
const NO = /^(non|no|false|0)$/i;

/** « 17/03/2021 » → « 2021-03-17 »; null for anything that is not a real date. */
export function isoFromFrenchDate(text: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [, d, mo, y] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const iso = `${y}-${mo}-${d}`;
  return date.toISOString().slice(0, 10) === iso ? iso : null;
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .trim()
    .toLowerCase();
}

/** Oui/Non of the export as the select of the field says it. */
function selectValue(field: CatalogueField, text: string): Converted {
  if (field.enumRef === 'autoriseNonAutorise') {
    if (YES.test(text)) return { ok: true, value: 'Autorisé', listed: false };
    if (NO.test(text)) return { ok: true, value: 'Non autorisé', listed: false };
  }
  if (field.enumRef === 'ouiNon') {
    if (YES.test(text)) return { ok: true, value: 'Oui', listed: false };
    if (NO.test(text)) return { ok: true, value: 'Non', listed: false };
  }
  const options = enumOptions(field.enumRef);
  const hit = options.find((o) => fold(o.code) === fold(text) || fold(o.label) === fold(text));
  if (hit) return { ok: true, value: hit.code, listed: false };
  return { ok: false, reason: `valeur « ${text} » absente des choix de la plateforme` };
}

function numberValue(text: string): Converted {
  const n = Number(text.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(n) && text.trim() !== ''
    ? { ok: true, value: n, listed: false }
    : { ok: false, reason: `« ${text} » n’est pas un nombre` };
}

/** Converts the text(s) found at a field's path. Multiselects take every occurrence. */
export function convertValue(field: CatalogueField, texts: readonly string[]): Converted | null {
  const present = texts.map((t) => t.trim()).filter((t) => t !== '');
  if (present.length === 0) return null;
  const first = present[0]!;
  switch (field.kind) {
    case 'multiselect':
      return { ok: true, value: [...new Set(present)].slice(0, 500), listed: false };
    case 'textarea': {
      const html = restoreFlattenedLists(texts[0] ?? '');
      return { ok: true, value: html, listed: /<(ul|ol)>/.test(html) };
    }
    case 'number':
      return numberValue(first);
    case 'select':
      return selectValue(field, first);
    default:
      return { ok: true, value: first, listed: false };
  }
}
