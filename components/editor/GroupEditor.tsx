import { useLayoutEffect, useRef, useState } from 'react';
import type { CatalogueField, GroupDef } from '@/utils/catalogue';
import type { GroupItem } from '@/utils/dossier/model';
import { groupPath, isFilled } from '@/utils/dossier/paths';
import { ConfirmDialog } from './ConfirmDialog';
import { BoundField, useDraft, useEditor } from './editor-context';
import { GroupItemTools } from './GroupItemTools';
import {
  addItem,
  isEmptyItem,
  itemsOf,
  moveItem,
  moveKey,
  removeItem,
  theItem,
  withArticle,
} from './group-ops';

interface Props {
  group: GroupDef;
  fields: CatalogueField[];
}

/** The member that names an item in its legend (« Bloc 2 — Déployer un réseau »). */
const SUMMARY_KEY: Partial<Record<string, string>> = {
  'fiche.blocs': 'libelle',
  partenaires: 'nom',
  'demande.certificateurs': 'nomCommercial',
  corresp: 'ficheDestination',
};

function summaryOf(group: string, item: GroupItem): string {
  const v = item[SUMMARY_KEY[group] ?? ''];
  const text = typeof v === 'string' ? v.trim() : '';
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** « 3 champs remplis sur 5 » for a folded item. */
function filledText(fields: readonly CatalogueField[], item: GroupItem): string {
  const member = (id: string) => id.slice(id.lastIndexOf('.') + 1);
  const filled = fields.filter((f) => isFilled(item[member(f.id)])).length;
  return `${filled} champ${filled > 1 ? 's' : ''} rempli${filled > 1 ? 's' : ''} sur ${fields.length}`;
}

let keySeq = 0;
const freshKey = () => `item-${++keySeq}`;

/** A repeatable group (blocs, certificateurs, partenaires, promotions, correspondances). */
export function GroupEditor({ group, fields }: Props) {
  const { update: onChange } = useEditor();
  const items = useDraft((d) => itemsOf(d, group.id));
  const repertoire = useDraft((d) => d.repertoire);
  const keys = useRef<string[]>([]);
  if (keys.current.length !== items.length) keys.current = items.map((_, i) => keys.current[i] ?? freshKey());
  const [confirm, setConfirm] = useState<number | null>(null);
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const toggleFold = (key: string) =>
    setFolded((f) => {
      const next = new Set(f);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const focusAfter = useRef<string | null>(null);
  const root = useRef<HTMLFieldSetElement>(null);

  useLayoutEffect(() => {
    const sel = focusAfter.current;
    focusAfter.current = null;
    if (sel) root.current?.querySelector<HTMLElement>(sel)?.focus();
  });

  const move = (from: number, to: number, which: 'up' | 'down') => {
    keys.current = moveKey(keys.current, from, to);
    const key = keys.current[to];
    const edge = (which === 'up' && to === 0) || (which === 'down' && to === items.length - 1);
    focusAfter.current = `[data-item-key="${key}"] [data-move="${edge ? (which === 'up' ? 'down' : 'up') : which}"]`;
    onChange((d) => moveItem(d, group.id, from, to));
  };
  const remove = (index: number) => {
    keys.current = keys.current.filter((_, i) => i !== index);
    focusAfter.current = '[data-add-item]';
    onChange((d) => removeItem(d, group.id, index));
  };
  const add = () => {
    keys.current = [...keys.current, freshKey()];
    focusAfter.current = `[data-item-key="${keys.current.at(-1)}"] :is(input, select, textarea)`;
    onChange((d) => addItem(d, group.id));
  };
  const min = group.minItems[repertoire];

  return (
    <fieldset className="cf-group" ref={root} data-group={group.id}>
      <legend className="cf-group__legend">
        {group.label} <span className="cf-badge">{items.length}</span>
      </legend>
      {items.length === 0 && (
        <p className="cf-empty-note">
          Aucun élément pour l’instant.
          {min ? ` Au moins ${min} attendu pour une demande ${repertoire}.` : ''}
        </p>
      )}
      {items.map((item, i) => {
        const key = keys.current[i] ?? '';
        const isFolded = folded.has(key);
        const fieldsId = `${key}-champs`;
        return (
          <fieldset
            key={key}
            className={isFolded ? 'cf-group-item cf-group-item--folded' : 'cf-group-item'}
            data-item-key={key}
          >
            <legend className="cf-group-item__legend">
              {group.itemLabel} {i + 1}
              {summaryOf(group.id, item) && (
                <span className="cf-group-item__summary"> — {summaryOf(group.id, item)}</span>
              )}
              {isFolded && <span className="cf-group-item__progress"> · {filledText(fields, item)}</span>}
              <button
                type="button"
                className="cf-button cf-button--tertiary cf-group-item__fold"
                aria-expanded={!isFolded}
                aria-controls={isFolded ? undefined : fieldsId}
                aria-label={`${isFolded ? 'Déplier' : 'Replier'} ${theItem(group.itemLabel, i)}`}
                onClick={() => toggleFold(key)}
              >
                {isFolded ? '▸ Déplier' : '▾ Replier'}
              </button>
            </legend>
            <GroupItemTools
              name={theItem(group.itemLabel, i)}
              first={i === 0}
              last={i === items.length - 1}
              onUp={() => move(i, i - 1, 'up')}
              onDown={() => move(i, i + 1, 'down')}
              onRemove={() => (isEmptyItem(item) ? remove(i) : setConfirm(i))}
            />
            {!isFolded && (
              <div className="cf-group-item__fields" id={fieldsId}>
                {fields.map((f) => (
                  <BoundField key={f.id} field={f} path={groupPath(f.id, i)} />
                ))}
              </div>
            )}
          </fieldset>
        );
      })}
      <button type="button" className="cf-button cf-button--secondary" data-add-item onClick={add}>
        + Ajouter {withArticle(group.itemLabel)}
      </button>
      <ConfirmDialog
        open={confirm !== null}
        title={`Supprimer ${theItem(group.itemLabel, confirm ?? 0)} ?`}
        confirmLabel="Supprimer"
        danger
        onConfirm={() => {
          if (confirm !== null) remove(confirm);
          setConfirm(null);
        }}
        onCancel={() => setConfirm(null)}
      >
        <p>Ses champs remplis seront effacés. Vous pourrez retrouver leur contenu dans l’historique.</p>
      </ConfirmDialog>
    </fieldset>
  );
}
