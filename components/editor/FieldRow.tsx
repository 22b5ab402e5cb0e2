import { memo, type ReactNode, useState } from 'react';
import { type CatalogueField, enumOptions } from '@/utils/catalogue';
import type { Attachment, FieldValue, RequestKind } from '@/utils/dossier/model';
import { fieldTakesLinks, plainFromRich } from '@/utils/richtext';
import { checkValue, countCharacters, visibleText } from '@/utils/validation';
import { RichTextInput } from '../richtext/RichTextInput';
import { DATED_PIECES } from './attachments';
import { CharCounter } from './CharCounter';
import { CodesInput } from './CodesInput';
import { FieldProblems } from './FieldProblems';
import { FileInput } from './FileInput';
import { NumberInput } from './NumberInput';
import { ProvisionalBlocCode } from './ProvisionalBlocCode';
import { RequiredMark } from './RequiredMark';
import { fieldDomId } from './route';
import { SelectInput } from './SelectInput';
import { TextInput } from './TextInput';

export interface FileActions {
  /** Stores the files at once; resolves to the reasons they were refused, in French (none: added). */
  add: (fieldId: string, files: File[]) => Promise<string[]>;
  download: (attachment: Attachment) => void;
  remove: (id: string) => void;
  date: (id: string, date: string | null) => void;
}

interface Props {
  field: CatalogueField;
  path: string;
  label: string;
  value: FieldValue;
  requiredNow: boolean;
  /** A first request may give provisional bloc codes (its fiche has no number yet). */
  requestKind?: RequestKind;
  /** For a conditional rule: « cette voie d’accès est ouverte ». */
  because: string | null;
  limit: number | null;
  limitSource: string;
  /** `plain`: the page's limit counts the plain rendering (a plain textarea on the platform). */
  limitCounts?: 'visible' | 'plain';
  attachments?: readonly Attachment[];
  setField: (path: string, value: FieldValue) => void;
  files: FileActions;
}

/** One catalogue field: label, required marker, input of its kind, character counter, problems. */
export const FieldRow = memo(function FieldRow(p: Props) {
  const { field, path } = p;
  const id = fieldDomId(path);
  const [editing, setEditing] = useState(false);
  const conditionId = p.because ? `${id}-condition` : undefined;
  const provisional = field.enumRef === 'codeBloc' && p.requestKind === 'premiere' && field.kind === 'text';
  const provisionalId = provisional ? `${id}-provisoire` : undefined;
  const problemsId = `${id}-problemes`;
  const isText = field.kind === 'text' || field.kind === 'textarea';
  const counterId = isText ? `${id}-compteur` : undefined;
  const count = isText ? countOf(field, p.value, p.limitCounts ?? 'visible') : 0;
  const problems =
    field.kind === 'file'
      ? []
      : checkValue(field.id, p.value, {
          path,
          limit: p.limit,
          limitSource: p.limitSource,
          count,
          required: p.requiredNow,
          requestKind: p.requestKind,
          ...(p.because ? { requiredBecause: p.because } : {}),
        }).filter((x) => x.code !== 'required' && (!editing || x.code === 'too-long'));
  const text = typeof p.value === 'string' ? p.value : p.value === null ? '' : String(p.value);
  const describedBy =
    [conditionId, provisionalId, counterId, problems.length ? problemsId : ''].filter(Boolean).join(' ') ||
    undefined;
  const onChange = (v: FieldValue) => p.setField(path, v);
  const common = { id, path, required: p.requiredNow, describedBy };
  const invalid = problems.some((x) => x.severity === 'error');

  let input: ReactNode;
  if (field.kind === 'textarea') {
    input = (
      <RichTextInput
        {...common}
        label={p.label}
        value={text}
        links={fieldTakesLinks(field.id)}
        invalid={invalid}
        onChange={onChange}
      />
    );
  } else if (isText) {
    input = (
      <TextInput
        {...common}
        enumRef={field.enumRef}
        value={text}
        multiline={false}
        invalid={invalid}
        onChange={onChange}
      />
    );
  } else if (field.kind === 'select' || (field.kind === 'number' && enumOptions(field.enumRef).length)) {
    const numeric = field.kind === 'number';
    input = (
      <SelectInput
        {...common}
        enumRef={field.enumRef}
        value={p.value}
        onChange={(v) => onChange(numeric && v !== null ? Number(v) : v)}
      />
    );
  } else if (field.kind === 'number') {
    input = <NumberInput {...common} value={p.value} onChange={onChange} />;
  } else if (field.kind === 'multiselect') {
    input = (
      <CodesInput {...common} label={p.label} enumRef={field.enumRef} value={p.value} onChange={onChange} />
    );
  } else {
    input = (
      <FileInput
        id={id}
        path={path}
        describedBy={describedBy}
        attachments={p.attachments ?? []}
        dated={DATED_PIECES.has(field.id)}
        onAdd={(files) => p.files.add(field.id, files)}
        onDownload={p.files.download}
        onRemove={p.files.remove}
        onDate={p.files.date}
      />
    );
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: focus bubbles up from the field's own controls; problems wait until the user leaves the field.
    <div
      className={`cf-field cf-field--${field.kind} ${field.enumRef ? `cf-field--${field.enumRef}` : ''}`}
      data-field-row={path}
      onFocus={() => setEditing(true)}
      onBlur={() => setEditing(false)}
    >
      <div className="cf-field__head">
        <label htmlFor={id} className="cf-field__label">
          {p.label}
          {p.requiredNow && <RequiredMark />}
        </label>
        {isText && (
          <CharCounter
            id={counterId ?? ''}
            count={count}
            limit={
              p.limit ? { limit: p.limit, source: p.limitSource, counts: p.limitCounts ?? 'visible' } : null
            }
          />
        )}
      </div>
      {p.because && (
        <p id={conditionId} className="cf-hint">
          Obligatoire si {p.because}.
        </p>
      )}
      {provisionalId && <ProvisionalBlocCode id={provisionalId} path={path} value={text} onUse={onChange} />}
      {input}
      <FieldProblems id={problemsId} problems={problems} />
    </div>
  );
});

/**
 * What the counter counts: the text the platform's editor shows, or, when the page's limit belongs
 * to a plain textarea, the plain rendering that pre-fill writes there (bullets, blank lines).
 */
function countOf(field: CatalogueField, value: FieldValue, counts: 'visible' | 'plain'): number {
  if (field.kind === 'textarea' && counts === 'plain' && typeof value === 'string')
    return countCharacters(plainFromRich(value));
  return countCharacters(visibleText(field, value));
}
