import { sanitizeHtml } from '../fill/sanitize-html';

// Stand-in for `sanitizeRich` of utils/richtext (engineer `richtext`), replaced when it lands.
export function sanitizeRich(html: string): string {
  return sanitizeHtml(html);
}
