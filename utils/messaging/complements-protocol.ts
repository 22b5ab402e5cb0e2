import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';

/** Longest request text a page may send (the comments engine analyses the first 100 000 characters). */
export const MAX_REQUEST_TEXT = 500_000;

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

/** A field to show on the page: a catalogue id (`fiche.blocs[].libelle`) or a concrete path (`fiche.blocs[0].libelle`). */
export const FocusComplementInput = z.object({ path: z.string().min(1).max(300) });
export type FocusComplementInput = z.infer<typeof FocusComplementInput>;

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

export const complementsMessenger = defineExtensionMessaging<ComplementsProtocol>();
