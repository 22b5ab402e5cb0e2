import { useState } from 'react';
import type { PageScan } from '@/utils/messaging/page-protocol';
import type { View } from './PagePanel';
import type { PageClient } from './page-client';
import { UndoFlow } from './UndoFlow';

interface Props {
  scan: PageScan;
  client: PageClient;
  onOpen: (v: View) => void;
  onChanged: (s: PageScan) => void;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

/** Counts of the page's fields and the entry points: pre-fill, capture, teach. */
export function PageSummary({ scan, client, onOpen, onChanged }: Props) {
  const recognised = scan.fields.filter((f) => f.decision === 'auto' || f.decision === 'taught').length;
  const toCheck = scan.fields.filter((f) => f.decision === 'a_verifier').length;
  // The report stays shown: only the counts and the undo button's presence follow the page.
  const [undone, setUndone] = useState(false);
  const rescan = async () => {
    setUndone(true);
    try {
      onChanged(await client.scan());
    } catch {
      // The page went away: the report already said what was done.
    }
  };
  return (
    <>
      <p className="pp-summary" data-testid="page-summary">
        <strong>{plural(recognised, 'champ reconnu', 'champs reconnus')}</strong> sur cette page
        {toCheck > 0 && <>, {plural(toCheck, 'champ', 'champs')} à vérifier</>}.
      </p>
      {scan.dossier ? (
        <p className="popup-note">
          Dossier utilisé : « {scan.dossier.name} » ({scan.dossier.repertoire}).
        </p>
      ) : (
        <p className="pp-msg pp-msg--error">
          Aucun dossier : créez ou importez un dossier dans l’éditeur pour pré-remplir cette page.
        </p>
      )}
      {scan.dossier && scan.pageRepertoire && scan.pageRepertoire !== scan.dossier.repertoire && (
        <p className="pp-msg pp-msg--error" role="alert">
          Cette page est une demande {scan.pageRepertoire} alors que le dossier actif est au{' '}
          {scan.dossier.repertoire} : choisissez le bon dossier ci-dessus avant de pré-remplir.
        </p>
      )}
      {scan.fields.length === 0 && (
        <p className="pp-msg">Aucun champ de formulaire sur cette page : ouvrez un onglet de la demande.</p>
      )}
      <div className="pp-actions">
        <button
          type="button"
          className="pp-btn"
          disabled={!scan.dossier || recognised === 0}
          onClick={() => onOpen('prefill')}
        >
          Pré-remplir cette page
        </button>
        <button
          type="button"
          className="pp-btn pp-btn--secondary"
          disabled={!scan.dossier || recognised === 0}
          onClick={() => onOpen('capture')}
        >
          Enregistrer la page dans le dossier
        </button>
        <button
          type="button"
          className="pp-btn pp-btn--secondary"
          disabled={scan.fields.length === 0}
          onClick={() => onOpen('teach')}
        >
          Associer ce champ…
        </button>
        <button type="button" className="pp-btn pp-btn--secondary" onClick={() => onOpen('mappings')}>
          Correspondances apprises
        </button>
        {(scan.undoAvailable || undone) && <UndoFlow client={client} onDone={() => void rescan()} />}
      </div>
    </>
  );
}
