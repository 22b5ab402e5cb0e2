import { z } from 'zod';
import { MAX_REQUEST_TEXT } from './complements-messenger';
import type { FocusComplementInput } from './content-inputs';

export { complementsMessenger, MAX_REQUEST_TEXT } from './complements-messenger';
export { FocusComplementInput } from './content-inputs';

/** The instructor's request for additions as read on a Certif Pro page: one line per paragraph or list item. */
export const PageRequest = z.object({
  /** The title the block was found under (« Demande de compléments — … »). */
  heading: z.string().max(1_000),
  /** Plain text: paragraphs separated by a blank line, list items as `1. …` / `- …` lines. */
  text: z.string().max(MAX_REQUEST_TEXT),
  /** True when the text was cut at MAX_REQUEST_TEXT. */
  truncated: z.boolean(),
});
export type PageRequest = z.infer<typeof PageRequest>;

/**
 * Messages from the popup to the content script of a Certif Pro tab (top frame), for the « Demande de
 * compléments » panel. The content script parses what it receives, the popup parses what it gets back.
 */
export interface ComplementsProtocol {
  /** The request for additions shown on the page, or null when the page shows none. */
  readComplementsRequest(): PageRequest | null;
  /** Scrolls to the control marked `data-certifill-field="<path>"` and focuses it; false when it is not there. */
  focusComplementField(data: FocusComplementInput): boolean;
}
