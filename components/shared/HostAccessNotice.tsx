import { useEffect, useState } from 'react';
import { hasHostAccess, onHostAccessChange, requestHostAccess } from './host-access';

type State = 'checking' | 'granted' | 'missing' | 'refused' | 'just-granted';

/**
 * Shown when the browser has not given Certifill access to Certif Pro (Firefox MV3 lets the user
 * grant or withdraw it): says why nothing happens on the platform and asks for it in one click.
 */
export function HostAccessNotice() {
  const [state, setState] = useState<State>('checking');
  useEffect(() => {
    let live = true;
    const check = () =>
      void hasHostAccess().then((ok) => {
        if (live) setState((s) => (ok ? (s === 'just-granted' ? s : 'granted') : 'missing'));
      });
    check();
    // The user may grant or withdraw it elsewhere (about:addons) while this view is open.
    const stop = onHostAccessChange(check);
    return () => {
      live = false;
      stop();
    };
  }, []);

  if (state === 'checking' || state === 'granted') return null;
  if (state === 'just-granted')
    return (
      <p className="cf-notice cf-notice--success" role="status" data-testid="host-access">
        Accès à Certif Pro autorisé. Rechargez la page de Certif Pro pour que Certifill la lise.
      </p>
    );
  const ask = async () => setState((await requestHostAccess()) ? 'just-granted' : 'refused');
  return (
    <div className="cf-notice cf-notice--warning" role="alert" data-testid="host-access">
      <p>
        Certifill n’a pas encore accès aux pages de Certif Pro : il ne peut ni les lire, ni les pré-remplir,
        ni compter les caractères.
      </p>
      {state === 'refused' && <p>L’accès n’a pas été accordé. Vous pourrez le redemander ici.</p>}
      <button type="button" className="cf-button" onClick={() => void ask()}>
        Autoriser l’accès à Certif Pro
      </button>
    </div>
  );
}
