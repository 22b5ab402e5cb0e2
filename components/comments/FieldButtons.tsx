import { useState } from 'react';
import { splitFields } from './criterion-choice';
import { useOpenField } from './field-opener';
import { fieldLabel } from './field-target';

/** Fields shown before « Afficher les N autres » (the most specific come first). */
const SHOWN = 5;

function Chips({ title, ids, onOpen }: { title: string; ids: string[]; onOpen: (id: string) => void }) {
  if (ids.length === 0) return null;
  return (
    <div className="cm-fields__group">
      <span className="cm-fields__title">{title}</span>
      <ul className="cm-chips">
        {ids.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="cm-chip"
              data-field={id}
              title={`Ouvrir « ${fieldLabel(id)} » pour le corriger`}
              onClick={() => onOpen(id)}
            >
              {fieldLabel(id)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The fields and attachments to correct, each a button that opens it (page or editor). */
export function FieldButtons({ ids }: { ids: readonly string[] }) {
  const open = useOpenField();
  const [message, setMessage] = useState('');
  const [all, setAll] = useState(false);
  // Folding a single field saves nothing: fold from two hidden ones.
  const foldable = ids.length > SHOWN + 1;
  const hidden = all || !foldable ? 0 : ids.length - SHOWN;
  const { fields, attachments } = splitFields(hidden > 0 ? ids.slice(0, SHOWN) : ids);
  const onOpen = (id: string) => {
    open(id).then(setMessage, () => setMessage('Ce champ n’a pas pu être ouvert.'));
  };
  if (ids.length === 0) {
    return (
      <p className="cm-fields cm-muted">
        Aucun champ précis : choisissez le critère pour voir quoi corriger.
      </p>
    );
  }
  return (
    <div className="cm-fields">
      <Chips title="Champs à corriger" ids={fields} onOpen={onOpen} />
      <Chips title="Pièces jointes" ids={attachments} onOpen={onOpen} />
      {foldable && (
        <button type="button" className="cm-link cm-fields__more" onClick={() => setAll(!all)}>
          {all ? 'Afficher moins' : `Afficher les ${hidden} autres`}
        </button>
      )}
      <p className="cm-fields__status" role="status">
        {message}
      </p>
    </div>
  );
}
