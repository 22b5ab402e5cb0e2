import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ChecksProtocol } from './checks-protocol';

/** Popup → content script of the platform tab (top frame): the page's live checks. */
export const checksMessenger = defineExtensionMessaging<ChecksProtocol>();
