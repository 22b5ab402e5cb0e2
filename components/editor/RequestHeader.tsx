import { useState } from 'react';
import { getField } from '@/utils/catalogue';
import { NEW_RULES_FROM } from '@/utils/criteria/filing-date';
import type { Dossier } from '@/utils/dossier/model';
import { ConfirmDialog } from './ConfirmDialog';
import { DateInput } from './DateInput';
import { BoundField, useDraft, useEditor } from './editor-context';
import { formatIsoDay } from './format';
import { RequestKindRadios } from './RequestKindRadios';
import { fieldDomId } from './route';

function rulesNote(filedOn: string | null): string {
  const from = formatIsoDay(NEW_RULES_FROM);
  if (!filedOn)
    return `Sans date, les critères sont présentés dans leur rédaction actuelle (demandes déposées à partir du ${from}).`;
  return filedOn >= NEW_RULES_FROM
    ? `Dépôt à partir du ${from} : critères dans leur rédaction issue du décret n° 2025-500.`
    : `Dépôt avant le ${from} : critères dans leur rédaction antérieure (2021-2025).`;
}

/** Top of the dossier: répertoire, type de demande with the previous code, date de dépôt. */
export function RequestHeader() {
  const { update } = useEditor();
  const repertoire = useDraft((d) => d.repertoire);
  const filedOn = useDraft((d) => d.filedOn);
  const [changing, setChanging] = useState(false);
  const other: Dossier['repertoire'] = repertoire === 'RNCP' ? 'RS' : 'RNCP';
  const previous = getField('demande.numeroFichePrecedente');
  const dateId = fieldDomId('filedOn');
  return (
    <section className="cf-request" aria-label="Répertoire, type de demande et date de dépôt">
      <div className="cf-request__item">
        <span className="cf-request__label" id="repertoire-label">
          Répertoire
        </span>
        <span className="cf-request__value">
          <span className={`cf-rep cf-rep--${repertoire}`}>{repertoire}</span>
          <button
            type="button"
            id={fieldDomId('demande.repertoire')}
            data-field-path="demande.repertoire"
            className="cf-button cf-button--tertiary"
            aria-describedby="repertoire-label"
            onClick={() => setChanging(true)}
          >
            Changer
          </button>
        </span>
      </div>
      <RequestKindRadios />
      {previous && (
        <div className="cf-request__item cf-request__item--wide">
          <BoundField
            field={previous}
            path={previous.id}
            label="Code RNCP / RS de la certification précédente"
          />
        </div>
      )}
      <div className="cf-request__item">
        <label htmlFor={dateId} className="cf-field__label">
          Date de dépôt
        </label>
        <DateInput
          id={dateId}
          path="filedOn"
          value={filedOn}
          describedBy={`${dateId}-note`}
          onChange={(v) => update((d) => ({ ...d, filedOn: v }))}
        />
        <p id={`${dateId}-note`} className="cf-hint">
          {rulesNote(filedOn)}
        </p>
      </div>
      <ConfirmDialog
        open={changing}
        title={`Passer ce dossier au ${other} ?`}
        confirmLabel={`Passer au ${other}`}
        onConfirm={() => {
          update((d) => ({ ...d, repertoire: other }));
          setChanging(false);
        }}
        onCancel={() => setChanging(false)}
      >
        <p>
          Les champs, les critères et les pièces affichés seront ceux du {other}. Les valeurs propres au{' '}
          {repertoire} restent enregistrées mais ne sont plus affichées ; elles réapparaîtront si vous revenez
          au {repertoire}.
        </p>
      </ConfirmDialog>
    </section>
  );
}
