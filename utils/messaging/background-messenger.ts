import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol } from './background-protocol';
import { withTransportRetry } from './transport';

const messenger = defineExtensionMessaging<BackgroundProtocol>();

/**
 * Content scripts and pages → background (no schema here: the background parses with
 * background-protocol). Sending retries once after a service-worker restart, then fails in French;
 * every background message is safe to receive twice (captures and drafts merge, mappings replace).
 */
export const backgroundMessenger: typeof messenger = {
  ...messenger,
  sendMessage: withTransportRetry(messenger.sendMessage) as typeof messenger.sendMessage,
};
