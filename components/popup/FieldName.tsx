import { pathLabel } from '@/utils/fill/labels';
import { foldOption } from '@/utils/fill/normalise';

/** The dossier's name for a field (« Bloc 2 — Intitulé du bloc »), with the page's own words under it. */
export function FieldName({ path, label }: { path: string | null; label: string }) {
  if (!path) return <>{label || 'Champ sans libellé'}</>;
  const name = pathLabel(path);
  return (
    <>
      {name}
      {label && foldOption(label) !== foldOption(name) && (
        <span className="pp-note">sur la page : {label}</span>
      )}
    </>
  );
}
