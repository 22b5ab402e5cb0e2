/** French typography for the assistant's sentences: « x » with non-breaking spaces inside. */
export const quoted = (text: string): string => `«\u00a0${text}\u00a0»`;

/** « 1 champ », « 3 champs ». */
export const count = (n: number, one: string, many = `${one}s`): string => `${n}\u00a0${n > 1 ? many : one}`;
