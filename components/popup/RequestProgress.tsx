import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { SectionId } from '@/utils/catalogue';
import { nextTab, valuesBySection } from '@/utils/fill/progress';
import type { TabStanding } from '@/utils/messaging/page-protocol';
import { getActiveDossier } from '@/utils/storage/dossier-store';
import { readSeen, recordSeen, requestKey, type SeenTab } from '../sidepanel/progress-store';
import { count, quoted } from './french';

interface Props {
  host: string;
  pathname: string;
  /** The page's latest figures (scan, preview or report). */
  progress: TabStanding | null;
}

/**
 * Across the request's tabs: per tab seen so far, how many dossier values are on the platform
 * and how many remain; and which tab to open next.
 */
export function RequestProgress({ host, pathname, progress }: Props) {
  const dossier = useLiveQuery(() => getActiveDossier(), []);
  const [seen, setSeen] = useState<SeenTab[]>([]);
  const key = dossier ? requestKey(dossier.id, host, pathname) : null;
  const tabName = progress?.tab ?? pathname.split('/').filter(Boolean).at(-1) ?? pathname;

  useEffect(() => {
    if (!key) return;
    let alive = true;
    const save = progress
      ? recordSeen(key, {
          tab: tabName,
          onPlatform: progress.onPlatform,
          remaining: progress.remaining,
          sections: progress.sections as SectionId[],
        })
      : readSeen(key);
    save.then((s) => alive && setSeen(s)).catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [key, progress, tabName]);

  if (!dossier || !progress || seen.length === 0) return null;
  const tabs = progress.tabs.length ? progress.tabs : seen.map((s) => s.tab);
  const next = nextTab(tabs, progress.tab, seen, valuesBySection(dossier));
  const ordered = [...seen].sort((a, b) => indexIn(tabs, a.tab) - indexIn(tabs, b.tab));
  return (
    <section className="pp-progress" aria-labelledby="pp-progress-title" data-testid="request-progress">
      <h2 id="pp-progress-title">Avancement de la demande</h2>
      <ul>
        {ordered.map((t) => (
          <li key={t.tab} data-tab={t.tab} data-on-platform={t.onPlatform} data-remaining={t.remaining}>
            <strong>{t.tab}</strong>
            {t.tab === tabName ? ' (cet onglet)' : ''}
            {`\u00a0: ${count(t.onPlatform, 'valeur du dossier', 'valeurs du dossier')} sur la plateforme, ${
              t.remaining === 0 ? 'rien à reprendre' : `${t.remaining}\u00a0à reprendre`
            }`}
          </li>
        ))}
      </ul>
      <p className="pp-msg" data-testid="next-tab">
        {next
          ? `Onglet à ouvrir ensuite\u00a0: ${quoted(next.tab)} (${next.reason}).`
          : 'Aucun autre onglet de la demande n’attend de valeur du dossier, d’après les onglets vus jusqu’ici.'}
      </p>
    </section>
  );
}

const indexIn = (tabs: readonly string[], tab: string) => {
  const i = tabs.indexOf(tab);
  return i < 0 ? tabs.length : i;
};
