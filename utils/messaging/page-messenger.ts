import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageProtocol } from './page-protocol';

/** Popup ↔ content script of the platform tab: scan, pre-fill, capture (no schema here: see page-protocol). */
export const pageMessenger = defineExtensionMessaging<PageProtocol>();
