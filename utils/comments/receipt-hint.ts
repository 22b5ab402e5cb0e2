import type { DeadlineRule } from './deadline';
import { longDate } from './due-text';
import { daysBetween } from './iso-days';

/** Past this many days between the letter's date and « Reçue le », the receipt date is likely left at today. */
const USUAL_DELIVERY_DAYS = 7;

/** What the hint reads of a deadline (a letter's, before tracking, or a tracked request's). */
export type ReceiptDeadline = { rule: DeadlineRule; letterDate: string | null };

/**
 * A word on « Reçue le » when the deadline counts from the receipt and the letter's own date makes the receipt
 * date doubtful: a letter dated after it, or dated long before (the date was probably left at today, the day the
 * letter was pasted, which would push the deadline back). Null when there is nothing to say.
 */
export function receiptHint(deadline: ReceiptDeadline | null, receivedOn: string): string | null {
  if (!deadline?.letterDate || receivedOn === '') return null;
  const { rule, letterDate } = deadline;
  if (rule.kind !== 'duration' || rule.from !== 'reception') return null;
  const gap = daysBetween(letterDate, receivedOn);
  if (gap < 0) {
    return `Le courrier est daté du ${longDate(letterDate)}, après le jour de réception indiqué\u00a0: vérifiez la date de réception.`;
  }
  if (gap > USUAL_DELIVERY_DAYS) {
    return `Le courrier est daté du ${longDate(letterDate)}\u00a0: s’il vous est parvenu avant le ${longDate(receivedOn)}, corrigez «\u00a0Reçue\u00a0le\u00a0», car le délai court à partir de la réception.`;
  }
  return null;
}
