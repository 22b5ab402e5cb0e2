import { defineBackground } from 'wxt/utils/define-background';
import { registerBackgroundHandlers } from '@/utils/messaging/background-handlers';

/** The background owns the database: content scripts reach it only through typed messages. */
export default defineBackground(() => {
  registerBackgroundHandlers();
});
