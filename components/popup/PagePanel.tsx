import { useLiveQuery } from 'dexie-react-hooks';
import { type ComponentType, useCallback, useEffect, useState } from 'react';
import type { PageProgress, PageScan, TabStanding } from '@/utils/messaging/page-protocol';
import { getActiveDossierId } from '@/utils/storage/dossier-store';
import { useTargetTab } from '../sidepanel/target-tab-context';
import { CaptureFlow } from './CaptureFlow';
import { MappingsPanel } from './MappingsPanel';
import { PageSummary } from './PageSummary';
import { PrefillFlow } from './PrefillFlow';
import { NOT_A_PAGE, type PageClient, pageClient } from './page-client';
import { pageProgressText } from './page-progress-text';
import { RequestProgress } from './RequestProgress';
import { TeachPanel } from './TeachPanel';
import './page-panel.css';

// The page checks overlay's panel, when its file exists (written by the validation work).
const checks = import.meta.glob<{ PageChecks?: ComponentType }>('./PageChecks.tsx', { eager: true });
const PageChecks = Object.values(checks)[0]?.PageChecks;

export type View = 'home' | 'prefill' | 'capture' | 'teach' | 'mappings';

/** Pre-fill, capture, teaching and checks for the tab the assistant serves (it follows the active tab). */
export function PagePanel() {
  const { tabId, pinned, revision } = useTargetTab();
  const [client, setClient] = useState<PageClient | null>(null);
  const [scan, setScan] = useState<PageScan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<View>('home');
  const [progress, setProgress] = useState<PageProgress | null>(null);
  const [standing, setStanding] = useState<TabStanding | null>(null);
  const activeId = useLiveQuery(() => getActiveDossierId(), []);

  const load = useCallback(async () => {
    try {
      if (tabId === null) throw new Error(NOT_A_PAGE);
      const c = pageClient(tabId);
      setClient(c);
      // While the page scans (seconds on 20 000 controls), ask how far it is, one question at a time.
      let waiting = true;
      const poll = async () => {
        while (waiting) {
          const p = await c.progress().catch(() => null);
          if (waiting && p) setProgress(p);
          await new Promise((r) => setTimeout(r, 500));
        }
      };
      void poll();
      try {
        const next = await c.scan();
        setScan(next);
        setStanding(next.standing);
      } finally {
        waiting = false;
      }
      setError(null);
    } catch (e) {
      setScan(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [tabId]);

  useEffect(() => {
    void activeId;
    void load();
  }, [load, activeId]);

  // Another tab, or this one navigated: what was open belonged to the page before.
  useEffect(() => {
    void revision;
    setView('home');
  }, [revision]);

  const home = () => {
    setView('home');
    void load();
  };

  if (tabId === null && !pinned) return <p className="popup-note">Lecture de la page…</p>;
  if (error)
    return (
      <p className="pp-msg pp-msg--error" role="alert">
        {error}
      </p>
    );
  if (!client || !scan)
    return (
      <p className="popup-note" role="status" data-testid="page-progress">
        {pageProgressText(progress)}
      </p>
    );
  return (
    <div className="pp">
      {view === 'home' && <PageSummary scan={scan} client={client} onOpen={setView} onChanged={setScan} />}
      {view === 'prefill' && <PrefillFlow client={client} onClose={home} onStanding={setStanding} />}
      {view === 'capture' && <CaptureFlow client={client} onClose={home} />}
      {view === 'teach' && <TeachPanel scan={scan} client={client} onScan={setScan} onClose={home} />}
      {view === 'mappings' && <MappingsPanel client={client} onClose={home} />}
      {(view === 'home' || view === 'prefill') && (
        <RequestProgress host={scan.host} pathname={scan.pathname} progress={standing} />
      )}
      {view === 'home' && PageChecks && <PageChecks />}
    </div>
  );
}
