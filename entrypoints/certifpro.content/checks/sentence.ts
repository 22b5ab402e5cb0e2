import type { Problem } from '@/utils/validation';
import type { FieldState } from './field-state';

/** What the live region says about a field once typing pauses. */
export function spokenSentence(s: FieldState, shown: readonly Problem[]): string {
  const parts: string[] = [];
  if (s.counter && s.limit.limit !== null) parts.push(s.counter.srText);
  for (const p of shown) if (p.code !== 'too-long') parts.push(p.message.replace(/\.$/, ''));
  return parts.length > 0 ? `${parts.join('. ')}.` : '';
}
