import { browser } from 'wxt/browser';

/** The tab given by `?tabId=N` (tests open the side panel as a page), else null. */
export function pinnedTabId(search = location.search): number | null {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : null;
}

/** The tab the assistant acts on: `?tabId=N`, else the active tab of the panel's window. */
export async function targetTabId(search = location.search): Promise<number | null> {
  const pinned = pinnedTabId(search);
  if (pinned !== null) return pinned;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
