import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ComplementsProtocol } from './complements-protocol';

/** Longest request text a page may send (the comments engine analyses the first 100 000 characters). */
export const MAX_REQUEST_TEXT = 500_000;

/** Popup → content script of the platform tab (top frame): the « Demande de compléments » panel. */
export const complementsMessenger = defineExtensionMessaging<ComplementsProtocol>();
