import { useId, useState } from 'react';
import { DateInput } from '@/components/editor/DateInput';
import { useDb } from '@/components/editor/db-context';
import { linkItem } from '@/utils/comments';
import { longDate } from '@/utils/comments/due-text';
import type { ComplementRequest, TrackedComment } from '@/utils/storage/records';
import { restoreIgnoredLine, setReceivedOn } from '@/utils/storage/request-store';
import { DueNotice } from './DueNotice';
import { IgnoredLines } from './IgnoredLines';
import type { DossierRules } from './labels';
import { toTracked } from './preview';
import { ReceiptHint } from './ReceiptHint';
import { ResponseActions } from './ResponseActions';

interface Props {
  request: ComplementRequest;
  comments: readonly TrackedComment[];
  rules: DossierRules;
  openPage: (hash: string) => void;
}

const plural = (n: number, one: string, many: string) => `${n}\u00a0${n > 1 ? many : one}`;

/** One request for additions: when it was received (editable), when the answer is due, its ignored lines. */
export function RequestCard({ request, comments, rules, openPage }: Props) {
  const db = useDb();
  const dateId = useId();
  const [error, setError] = useState('');
  const done = comments.filter((c) => c.status === 'corrige').length;

  const changeReceived = (value: string | null) => {
    if (!value || value === request.receivedOn) return;
    setReceivedOn(request.id, value, db).then(
      () => setError(''),
      () => setError('La date de réception n’a pas pu être enregistrée. Réessayez.'),
    );
  };
  const restore = (line: number) => {
    const found = request.ignored.find((i) => i.line === line);
    if (!found) return;
    const linked = linkItem(
      { text: found.text, line },
      { repertoire: rules.repertoire, filedOn: rules.filedOn ?? undefined },
    );
    const entry = {
      key: `l${line}`,
      linked,
      criterion: linked.criterion?.number ?? null,
      criterionByUser: false,
      fields: linked.fields,
      selected: true,
    };
    const [comment] = toTracked([entry], request.dossierId, request.receivedOn, new Date(), request.id);
    if (!comment) return;
    restoreIgnoredLine(request.id, line, comment, db).then(
      () => setError(''),
      () => setError('La ligne n’a pas pu être rétablie. Réessayez.'),
    );
  };

  return (
    <section className="cm-request" data-testid="request-card" aria-labelledby={`${dateId}-title`}>
      <h4 id={`${dateId}-title`} className="cm-request__title">
        Demande reçue le {longDate(request.receivedOn)} · {plural(comments.length, 'remarque', 'remarques')}
        {comments.length > 0 ? `, ${plural(done, 'corrigée', 'corrigées')}` : ''}
      </h4>
      <div className="cm-letter-dates">
        <DueNotice dueOn={request.dueOn} words={request.deadline?.words ?? null} />
        <label className="cm-date" htmlFor={dateId}>
          Reçue le
          <DateInput
            id={dateId}
            value={request.receivedOn}
            onChange={changeReceived}
            className="cm-date__input"
          />
        </label>
        <ReceiptHint deadline={request.deadline} receivedOn={request.receivedOn} />
      </div>
      {error && (
        <p className="cm-notice cm-notice--error" role="alert">
          {error}
        </p>
      )}
      {request.ignored.length > 0 && (
        <details className="cm-more">
          <summary>Lignes ignorées du courrier ({request.ignored.length})</summary>
          <IgnoredLines lines={request.ignored} onRestore={restore} />
        </details>
      )}
      <ResponseActions request={request} comments={comments} openPage={openPage} />
    </section>
  );
}
