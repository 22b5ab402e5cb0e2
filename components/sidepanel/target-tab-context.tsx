import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { pinnedTabId, targetTabId } from '@/components/popup/target-tab';
import { followTab } from './follow-tab';

export interface TargetTab {
  /** The tab the assistant acts on (null while unknown, or in a window without tabs). */
  tabId: number | null;
  /** True when `?tabId=N` chose it: the panel does not follow the active tab then. */
  pinned: boolean;
  /** Grows each time the tab changes or navigates: views read the page again. */
  revision: number;
}

const TargetTabContext = createContext<TargetTab>({ tabId: null, pinned: false, revision: 0 });

/** Follows the active tab of the panel's window (or the pinned tab), debounced. */
export function TargetTabProvider({ children }: { children: ReactNode }) {
  const pinned = pinnedTabId();
  const [target, setTarget] = useState<TargetTab>({ tabId: pinned, pinned: pinned !== null, revision: 0 });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    if (pinned === null)
      void targetTabId().then((tabId) => {
        if (alive) setTarget((t) => ({ ...t, tabId, revision: t.revision + 1 }));
      });
    const stop = followTab(pinned, ({ tabId }) => {
      clearTimeout(timer);
      timer = setTimeout(() => setTarget((t) => ({ ...t, tabId, revision: t.revision + 1 })), 250);
    });
    return () => {
      alive = false;
      clearTimeout(timer);
      stop();
    };
  }, [pinned]);
  return <TargetTabContext.Provider value={target}>{children}</TargetTabContext.Provider>;
}

export const useTargetTab = (): TargetTab => useContext(TargetTabContext);
