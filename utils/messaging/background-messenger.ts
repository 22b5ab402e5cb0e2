import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol } from './background-protocol';

/** Content scripts and pages → background (no schema here: the background parses with background-protocol). */
export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();
