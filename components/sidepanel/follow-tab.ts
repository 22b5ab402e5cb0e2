import { browser } from 'wxt/browser';

export interface TabChange {
  tabId: number | null;
  url: string | null;
}

/**
 * Calls `onChange` whenever the tab the assistant serves changes: the active tab of the panel's
 * window (another tab chosen, or the same tab navigated, reloaded, or moved to another step of
 * the request in-app), or only the pinned tab when one is given (`?tabId=N`). Returns the
 * function that stops listening.
 */
export function followTab(pinned: number | null, onChange: (change: TabChange) => void): () => void {
  let windowId: number | null = null;
  let current: number | null = pinned;
  const report = (tabId: number | null, url: string | null) => {
    current = tabId;
    onChange({ tabId, url });
  };
  const activated = (info: { tabId: number; windowId: number }) => {
    if (pinned !== null || (windowId !== null && info.windowId !== windowId)) return;
    browser.tabs.get(info.tabId).then(
      (tab) => report(info.tabId, tab.url ?? null),
      () => report(info.tabId, null),
    );
  };
  const updated = (tabId: number, info: { status?: string; url?: string }, tab: { url?: string }) => {
    if (tabId !== current || (!info.url && info.status !== 'complete')) return;
    report(tabId, tab.url ?? info.url ?? null);
  };
  if (pinned === null)
    browser.windows.getCurrent().then(
      (w) => {
        windowId = w?.id ?? null;
      },
      () => undefined,
    );
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
