import { type ReceiptDeadline, receiptHint } from '@/utils/comments/receipt-hint';

interface Props {
  deadline: ReceiptDeadline | null;
  receivedOn: string;
}

/** Under « Reçue le »: the letter's own date, when it makes the day of receipt (and so the deadline) doubtful. */
export function ReceiptHint({ deadline, receivedOn }: Props) {
  const hint = receiptHint(deadline, receivedOn);
  return hint ? (
    <p className="cm-receipt-hint" data-testid="receipt-hint">
      {hint}
    </p>
  ) : null;
}
