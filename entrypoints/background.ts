import { defineBackground } from 'wxt/utils/define-background';
import { toolbarOpensSidePanel } from '@/utils/extension/toolbar-opens-side-panel';
import { registerBackgroundHandlers } from '@/utils/messaging/background-handlers';

/** The background owns the database: content scripts reach it only through typed messages. */
export default defineBackground(() => {
  registerBackgroundHandlers();
  toolbarOpensSidePanel();
});
