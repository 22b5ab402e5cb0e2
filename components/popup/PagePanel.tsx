import { useLiveQuery } from 'dexie-react-hooks';
import { type ComponentType, useCallback, useEffect, useState } from 'react';
import type { PageScan } from '@/utils/messaging/page-protocol';
import { getActiveDossierId } from '@/utils/storage/dossier-store';
import { CaptureFlow } from './CaptureFlow';
import { MappingsPanel } from './MappingsPanel';
import { PageSummary } from './PageSummary';
import { PrefillFlow } from './PrefillFlow';
import { NOT_A_PAGE, type PageClient, pageClient } from './page-client';
import { TeachPanel } from './TeachPanel';
import { targetTabId } from './target-tab';
import './page-panel.css';

// The page checks overlay's panel, when its file exists (written by the validation work).
const checks = import.meta.glob<{ PageChecks?: ComponentType }>('./PageChecks.tsx', { eager: true });
const PageChecks = Object.values(checks)[0]?.PageChecks;

export type View = 'home' | 'prefill' | 'capture' | 'teach' | 'mappings';

/** Pre-fill, capture, teaching and checks for the tab the popup acts on. */
export function PagePanel() {
  const [client, setClient] = useState<PageClient | null>(null);
  const [scan, setScan] = useState<PageScan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<View>('home');
  const activeId = useLiveQuery(() => getActiveDossierId(), []);

  const load = useCallback(async () => {
    try {
      const id = await targetTabId();
      if (id === null) throw new Error(NOT_A_PAGE);
      const c = pageClient(id);
      setClient(c);
      setScan(await c.scan());
      setError(null);
    } catch (e) {
      setScan(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    void activeId;
    void load();
  }, [load, activeId]);

  const home = () => {
    setView('home');
    void load();
  };

  if (error)
    return (
      <p className="pp-msg pp-msg--error" role="alert">
        {error}
      </p>
    );
  if (!client || !scan) return <p className="popup-note">Lecture de la page…</p>;
  const wide = view !== 'home' ? ' pp-wide' : '';
  return (
    <div className={`pp${wide}`}>
      {view === 'home' && <PageSummary scan={scan} client={client} onOpen={setView} onChanged={setScan} />}
      {view === 'prefill' && <PrefillFlow client={client} onClose={home} />}
      {view === 'capture' && <CaptureFlow client={client} onClose={home} />}
      {view === 'teach' && <TeachPanel scan={scan} client={client} onScan={setScan} onClose={home} />}
      {view === 'mappings' && <MappingsPanel client={client} onClose={home} />}
      {view === 'home' && PageChecks && <PageChecks />}
    </div>
  );
}
