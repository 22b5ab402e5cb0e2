import { useDb } from '@/components/editor/db-context';
import { deleteComment, updateComment } from '@/utils/storage/comment-store';
import type { CommentStatus, TrackedComment } from '@/utils/storage/records';
import { AnswerField } from './AnswerField';
import { CriterionInfo } from './CriterionInfo';
import { CriterionSelect } from './CriterionSelect';
import { fieldsForCriterion } from './criterion-choice';
import { DeleteButton } from './DeleteButton';
import { FieldButtons } from './FieldButtons';
import { type DossierRules, formatDay } from './labels';
import { NoteField } from './NoteField';
import { CONFIRM_BELOW } from './preview';
import { RemarkChangesList } from './RemarkChangesList';
import { StatusSelect } from './StatusSelect';

interface Props {
  comment: TrackedComment;
  rules: DossierRules;
  /** Hide the criterion's name (the editor's view groups the comments by criterion). */
  grouped?: boolean;
}

function dates(c: TrackedComment): string {
  const parts = [
    c.receivedOn ? `reçue le ${formatDay(c.receivedOn)}` : `ajoutée le ${formatDay(c.createdAt)}`,
  ];
  if (c.updatedAt !== c.createdAt) parts.push(`modifiée le ${formatDay(c.updatedAt)}`);
  return parts.join(' · ');
}

/** A tracked comment: status, text, criterion, fields to correct, note, dates, delete. */
export function TrackedItem({ comment: c, rules, grouped = false }: Props) {
  const db = useDb();
  const save = (patch: Parameters<typeof updateComment>[1]) =>
    void updateComment(c.id, patch, db).catch(() => {});
  const setStatus = (status: CommentStatus) => save({ status });
  const setCriterion = (criterion: string | null) =>
    save({ criterion, criterionByUser: true, fields: fieldsForCriterion(rules, criterion, c.text) });

  return (
    <li className={`cm-card cm-card--${c.status}`} data-testid="tracked-item">
      <div className="cm-card__top">
        <StatusSelect value={c.status} onChange={setStatus} />
        <span className="cm-dates">{dates(c)}</span>
      </div>
      <p className="cm-text">{c.text}</p>
      {!grouped && (
        <CriterionInfo
          rules={rules}
          number={c.criterion}
          engine={{ confidence: c.confidence, reasons: [], runnerUp: null }}
          byUser={c.criterionByUser}
          toConfirm={!c.criterionByUser && c.criterion !== null && c.confidence < CONFIRM_BELOW}
          onConfirm={() => save({ criterionByUser: true })}
        />
      )}
      <FieldButtons ids={c.fields} />
      <RemarkChangesList commentId={c.id} />
      <AnswerField
        value={c.answer ?? ''}
        onSave={(answer) => updateComment(c.id, { answer }, db).then(() => undefined)}
      />
      <details className="cm-more">
        <summary>Critère et note</summary>
        <CriterionSelect rules={rules} value={c.criterion} onChange={setCriterion} label="Critère" />
        <NoteField value={c.note} onSave={(note) => save({ note })} />
      </details>
      {c.note && <p className="cm-note-text">{c.note}</p>}
      <div className="cm-card__bottom">
        <DeleteButton onDelete={() => void deleteComment(c.id, db)} />
      </div>
    </li>
  );
}
