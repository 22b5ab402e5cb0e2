import type { RequestKind } from '@/utils/dossier/model';
import { useDraft, useEditor } from './editor-context';
import { RequiredMark } from './RequiredMark';
import { fieldDomId } from './route';

const KINDS: { value: RequestKind; label: string }[] = [
  { value: 'premiere', label: 'Première demande' },
  { value: 'renouvellement', label: 'Renouvellement' },
];

/** Type de demande: première demande or renouvellement. */
export function RequestKindRadios() {
  const { update } = useEditor();
  const requestKind = useDraft((d) => d.requestKind);
  const baseId = fieldDomId('demande.typeDemande');
  return (
    <fieldset className="cf-request__item cf-radios">
      <legend className="cf-field__label">
        Type de demande
        <RequiredMark />
      </legend>
      {KINDS.map((k, i) => (
        <label key={k.value} className="cf-radio">
          <input
            type="radio"
            name="requestKind"
            id={i === 0 ? baseId : `${baseId}-${k.value}`}
            data-field-path="demande.typeDemande"
            value={k.value}
            checked={requestKind === k.value}
            onChange={() => update((d) => ({ ...d, requestKind: k.value }))}
          />
          {k.label}
        </label>
      ))}
    </fieldset>
  );
}
