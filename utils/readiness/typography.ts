/** French typography of the messages shown to the user: a no-break space before « : ; ? ! » and inside « ». */
const BEFORE = /[ \t]+([:;?!»])/g;
const AFTER_OPENING = /«[ \t]+/g;

export function frenchSpacing(text: string): string {
  return text.replace(BEFORE, '\u00a0$1').replace(AFTER_OPENING, '«\u00a0');
}
