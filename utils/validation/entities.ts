/** HTML character references, decoded without a DOM (rich-text values are stored as HTML). */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  euro: '€',
  copy: '©',
  reg: '®',
  deg: '°',
  oelig: 'œ',
  OElig: 'Œ',
  aelig: 'æ',
  AElig: 'Æ',
  szlig: 'ß',
};

const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  cedil: '\u0327',
  tilde: '\u0303',
  ring: '\u030a',
};

function named(name: string): string | null {
  const direct = NAMED[name];
  if (direct) return direct;
  // &eacute; &Agrave; &ccedil; &ocirc; &iuml;… → letter + combining mark, composed (NFC).
  const m = /^([a-zA-Z])(acute|grave|circ|uml|cedil|tilde|ring)$/.exec(name);
  const mark = m?.[2] ? ACCENTS[m[2]] : undefined;
  return m?.[1] && mark ? `${m[1]}${mark}`.normalize('NFC') : null;
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return named(ref) ?? all;
  });
}
