/** French display helpers of the editor. */

const integer = new Intl.NumberFormat('fr-FR');

/** 1234 → « 1 234 ». */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** « 14:32 ». */
export function formatTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return d.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
}

/** « 1ᵉʳ mars 2026 », « 3 mars 2026 ». */
function dayText(d: Date): string {
  return d
    .toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })
    .replace(/^1 /, '1ᵉʳ ');
}

/** « 3 mars 2026 à 14:32 ». */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return `${dayText(d)} à ${formatTime(d)}`;
}

/** « 2026-03-03 » → « 3 mars 2026 ». */
export function formatIsoDay(day: string): string {
  const d = new Date(`${day}T12:00:00`);
  if (Number.isNaN(d.getTime())) return day;
  return dayText(d);
}

/** Byte sizes as French users read them: « 12 ko », « 3,4 Mo ». */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  const units = ['ko', 'Mo', 'Go'];
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const digits = v < 10 ? 1 : 0;
  return `${v.toLocaleString('fr-FR', { maximumFractionDigits: digits })} ${units[u]}`;
}

const TYPES: [RegExp, string][] = [
  [/pdf$/i, 'PDF'],
  [/(msword|wordprocessingml|\.docx?$|opendocument\.text|\.odt$)/i, 'Document texte'],
  [/(ms-excel|spreadsheetml|\.xlsx?$|opendocument\.spreadsheet|\.ods$|csv)/i, 'Tableur'],
  [/(presentation|powerpoint|\.pptx?$|\.odp$)/i, 'Présentation'],
  [/^image\//i, 'Image'],
  [/(zip|\.zip$)/i, 'Archive ZIP'],
];

/** « PDF », « Tableur »… from the MIME type or the file name; the raw type otherwise. */
export function typeLabel(type: string, name: string): string {
  const hit = TYPES.find(([re]) => re.test(type) || re.test(name));
  return hit ? hit[1] : type || 'type inconnu';
}
