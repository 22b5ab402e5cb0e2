import { browser } from 'wxt/browser';
import type { TabProgress } from '@/utils/fill/progress';

/**
 * What the side panel saw on each tab of a request, for this browser session only
 * (`storage.session`: in the extension's own memory, gone when the browser closes). Keyed by the
 * dossier and the request's address without its last step (`/webapp/rncp/demandes/48213`).
 */
export interface SeenTab extends TabProgress {
  at: string;
}

type Area = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

const memory = new Map<string, unknown>();
const fallback: Area = {
  get: async (key) => (memory.has(key) ? { [key]: memory.get(key) } : {}),
  set: async (items) => {
    for (const [k, v] of Object.entries(items)) memory.set(k, v);
  },
};
const area = (): Area => (browser.storage as unknown as { session?: Area }).session ?? fallback;

export const requestKey = (dossierId: string, host: string, pathname: string): string =>
  `progress:${dossierId}:${host}${pathname.replace(/\/[^/]*\/?$/, '')}`;

export async function readSeen(key: string): Promise<SeenTab[]> {
  const got = (await area().get(key))[key];
  return Array.isArray(got) ? (got as SeenTab[]) : [];
}

/** Records one tab's progress (replacing what was seen there before); returns every tab seen. */
export async function recordSeen(key: string, tab: TabProgress): Promise<SeenTab[]> {
  const seen = (await readSeen(key)).filter((t) => t.tab !== tab.tab);
  const next = [...seen, { ...tab, at: new Date().toISOString() }].slice(-40);
  await area().set({ [key]: next });
  return next;
}
