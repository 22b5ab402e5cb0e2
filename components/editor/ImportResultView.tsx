import type { ImportResult } from '@/utils/transfer/import';
import { dossierHash } from './route';

/** What an import did: the dossiers added, or every problem found (nothing written then). */
export function ImportResultView({ result, fileName }: { result: ImportResult; fileName: string }) {
  if (!result.ok) {
    return (
      <div className="cf-notice cf-notice--error" role="alert">
        <p>
          <strong>Import refusé : rien n’a été enregistré.</strong> Le fichier « {fileName} » contient{' '}
          {result.errors.length > 1 ? `${result.errors.length} problèmes` : 'un problème'} :
        </p>
        <ul className="cf-import-errors">
          {result.errors.map((e) => (
            <li key={e}>
              <code>{e}</code>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const n = result.imported.length;
  return (
    <div className="cf-notice cf-notice--success" role="status">
      <p>
        <strong>
          {n === 0
            ? 'Aucun dossier dans ce fichier.'
            : n === 1
              ? '1 dossier importé'
              : `${n} dossiers importés`}
        </strong>
        {n > 0 && ` depuis « ${fileName} » :`}
      </p>
      {n > 0 && (
        <ul>
          {result.imported.map((d) => (
            <li key={d.id}>
              <a href={dossierHash(d.id)}>{d.name}</a>
              {d.renamed && ' (ajouté en copie : un dossier portant le même identifiant existait déjà)'}
            </li>
          ))}
        </ul>
      )}
      {(result.comments > 0 || result.attachments > 0) && (
        <p>
          Avec {result.attachments} pièce{result.attachments > 1 ? 's' : ''} jointe
          {result.attachments > 1 ? 's' : ''} et {result.comments} remarque{result.comments > 1 ? 's' : ''}{' '}
          suivie{result.comments > 1 ? 's' : ''}.
        </p>
      )}
      {result.mappings > 0 && (
        <p>
          {result.mappings} correspondance{result.mappings > 1 ? 's' : ''} de champs apprise
          {result.mappings > 1 ? 's' : ''} importée{result.mappings > 1 ? 's' : ''}.
        </p>
      )}
      {result.notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </div>
  );
}
