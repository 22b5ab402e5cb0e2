import { useState } from 'react';
import type { Dossier } from '@/utils/dossier/model';
import { copyDossier, deleteDossier, renameDossier, setActiveDossierId } from '@/utils/storage/dossier-store';
import { ConfirmDialog } from './ConfirmDialog';
import { useDb } from './db-context';
import { formatDateTime } from './format';
import { RenameDialog } from './RenameDialog';
import { dossierHash } from './route';

interface Props {
  dossiers: readonly Dossier[];
  activeId: string | null;
}

export function DossierTable({ dossiers, activeId }: Props) {
  const db = useDb();
  const [deleting, setDeleting] = useState<Dossier | null>(null);
  const [renaming, setRenaming] = useState<Dossier | null>(null);
  return (
    <>
      <table className="cf-table">
        <caption className="visually-hidden">Vos dossiers, du plus récemment modifié au plus ancien</caption>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Répertoire</th>
            <th scope="col">Dernière modification</th>
            <th scope="col">Dossier actif</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {dossiers.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <a href={dossierHash(d.id)} className="cf-table__name">
                  {d.name}
                </a>
                <span className="cf-muted cf-table__kind">
                  {d.requestKind === 'renouvellement' ? 'Renouvellement' : 'Première demande'}
                </span>
              </th>
              <td>
                <span className={`cf-rep cf-rep--${d.repertoire}`}>{d.repertoire}</span>
              </td>
              <td>{formatDateTime(d.updatedAt)}</td>
              <td>
                <label className="cf-radio">
                  <input
                    type="radio"
                    name="active-dossier"
                    checked={activeId === d.id}
                    onChange={() => void setActiveDossierId(d.id, db)}
                  />
                  <span className={activeId === d.id ? 'cf-active' : 'cf-muted'}>
                    {activeId === d.id ? 'Actif' : 'Choisir'}
                    <span className="visually-hidden"> : {d.name}</span>
                  </span>
                </label>
              </td>
              <td className="cf-table__actions">
                <button
                  type="button"
                  className="cf-button cf-button--tertiary"
                  onClick={() => void copyDossier(d.id, db)}
                >
                  Dupliquer<span className="visually-hidden"> {d.name}</span>
                </button>
                <button
                  type="button"
                  className="cf-button cf-button--tertiary"
                  onClick={() => setRenaming(d)}
                >
                  Renommer<span className="visually-hidden"> {d.name}</span>
                </button>
                <button
                  type="button"
                  className="cf-button cf-button--tertiary cf-button--danger-text"
                  onClick={() => setDeleting(d)}
                >
                  Supprimer<span className="visually-hidden"> {d.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {activeId === null && (
        <p className="cf-hint">
          Aucun dossier actif choisi : la fenêtre de l’extension utilise le dossier modifié le plus récemment.
        </p>
      )}
      <RenameDialog
        open={renaming !== null}
        current={renaming?.name ?? ''}
        onRename={(name) => {
          if (renaming) void renameDossier(renaming.id, name, db);
          setRenaming(null);
        }}
        onCancel={() => setRenaming(null)}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={`Supprimer « ${deleting?.name ?? ''} » ?`}
        confirmLabel="Supprimer définitivement"
        danger
        onConfirm={() => {
          if (deleting) void deleteDossier(deleting.id, db);
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
      >
        <p>
          Le dossier, son historique, ses pièces jointes et ses remarques suivies seront supprimés. Cette
          action est définitive : exportez-le d’abord si vous voulez en garder une copie.
        </p>
      </ConfirmDialog>
    </>
  );
}
