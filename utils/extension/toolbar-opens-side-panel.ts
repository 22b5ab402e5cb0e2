import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

/**
 * The toolbar button opens the assistant beside the page: Chrome's side panel opens by itself once
 * told to (no popup is declared); Firefox's sidebar is toggled from the button's click, which
 * counts as the user's gesture it requires.
 */
export function toolbarOpensSidePanel(): void {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e: unknown) => {
      console.warn('[Certifill] panneau latéral :', e);
    });
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  if (!sidebar) return;
  browser.action.onClicked.addListener(() => {
    // No await before this call: Firefox accepts it only while handling the click.
    sidebar.toggle().catch((e: unknown) => console.warn('[Certifill] barre latérale :', e));
  });
}
