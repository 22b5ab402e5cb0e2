import { provisionalBlocCode } from '@/utils/validation/bloc-codes';

interface Props {
  id: string;
  path: string;
  value: string;
  onUse: (code: string) => void;
}

/** `fiche.blocs[2].code` → 2. */
const indexOf = (path: string) => Number(/\[(\d+)\]/.exec(path)?.[1] ?? 0);

/**
 * A first request has no fiche number yet, so its blocs cannot have their final codes
 * (RNCP<numéro>BC01): says so, and offers the provisional code of this bloc.
 */
export function ProvisionalBlocCode({ id, path, value, onUse }: Props) {
  const code = provisionalBlocCode(indexOf(path));
  return (
    <div id={id} className="cf-hint cf-provisional">
      <p>
        Première demande : la fiche n’a pas encore de numéro. Donnez au bloc un code provisoire ({code} pour
        ce bloc) ; il deviendra RNCP<i>numéro</i>
        {code} quand France compétences aura enregistré la certification.
      </p>
      {value.trim() === '' && (
        <button type="button" className="cf-button cf-button--tertiary" onClick={() => onUse(code)}>
          Utiliser {code}
        </button>
      )}
    </div>
  );
}
