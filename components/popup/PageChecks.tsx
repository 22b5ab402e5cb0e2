import { useCallback, useEffect, useState } from 'react';
import {
  checksMessenger,
  type PageCheckItem,
  type PageChecksSummary,
  PageChecksSummarySchema,
} from '@/utils/messaging/checks-protocol';
import { KIND_LABEL, statsText } from '@/utils/messaging/checks-summary-text';
import { useTargetTab } from '../sidepanel/target-tab-context';
import './page-checks.css';

/** Items shown at most; the page's own panel lists them all. */
const MAX_ITEMS = 40;

type Load =
  | { state: 'loading' }
  | { state: 'ready'; summary: PageChecksSummary; tabId: number }
  | { state: 'none' };

/**
 * The page's check summary for the popup's tab: the same counts as the page's panel, and each
 * problem with « Aller au champ », which focuses the field on the page.
 */
export function PageChecks() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [jumpError, setJumpError] = useState<string | null>(null);
  const { tabId, revision } = useTargetTab();

  const refresh = useCallback(async () => {
    try {
      if (tabId === null) return setLoad({ state: 'none' });
      const raw = await checksMessenger.sendMessage('getPageChecks', undefined, { tabId, frameId: 0 });
      const parsed = PageChecksSummarySchema.safeParse(raw);
      setLoad(parsed.success ? { state: 'ready', summary: parsed.data, tabId } : { state: 'none' });
    } catch {
      setLoad({ state: 'none' });
    }
  }, [tabId]);

  useEffect(() => {
    void revision;
    void refresh();
  }, [refresh, revision]);

  if (load.state === 'loading') return <p className="popup-note">Vérification de la page…</p>;
  if (load.state === 'none') return null;

  const { summary } = load;
  const jump = async (item: PageCheckItem) => {
    setJumpError(null);
    const ok = await checksMessenger
      .sendMessage('focusPageField', item.key, { tabId: load.tabId, frameId: 0 })
      .catch(() => false);
    if (!ok) setJumpError(`Le champ « ${item.label} » n’est plus sur la page : actualisez.`);
  };
  const shown = summary.items.slice(0, MAX_ITEMS);
  return (
    <section className="pc" aria-labelledby="pc-title" data-testid="page-checks">
      <div className="pc-head">
        <h2 id="pc-title">Vérification de la page</h2>
        <button type="button" className="link" onClick={() => void refresh()}>
          Actualiser
        </button>
      </div>
      <p className="pc-stats">{statsText(summary)}</p>
      {jumpError && (
        <p className="pc-msg" role="alert">
          {jumpError}
        </p>
      )}
      {summary.items.length === 0 ? (
        <p className="pc-ok">Aucun problème détecté sur cette page.</p>
      ) : (
        <ul className="pc-list">
          {shown.map((item) => (
            <li key={`${item.key}-${item.kind}-${item.message}`}>
              <span className="pc-label">{item.label}</span>
              <span className={`pc-kind pc-${item.kind}`}>
                {KIND_LABEL[item.kind]} : {item.message}
              </span>
              <button
                type="button"
                className="link"
                aria-label={`Aller au champ ${item.label}`}
                onClick={() => void jump(item)}
              >
                Aller au champ
              </button>
            </li>
          ))}
        </ul>
      )}
      {summary.items.length > shown.length && (
        <p className="popup-note">… et {summary.items.length - shown.length} autres, listés sur la page.</p>
      )}
    </section>
  );
}
