import { quoted } from '@/components/popup/french';
import { longDate } from '@/utils/comments/due-text';
import type { AddedAttachment, ResponseDocument } from '@/utils/response/assemble';
import type { FieldChange } from '@/utils/response/field-changes';
import { attachmentLine, headerLines, remarkTitle, sinceLine } from '@/utils/response/wording';

const shown = (v: string) => (v === '' ? '(vide)' : quoted(v));

function Changes({
  title,
  changes,
  files,
}: {
  title: string;
  changes: readonly FieldChange[];
  files: readonly AddedAttachment[];
}) {
  return (
    <>
      {changes.length > 0 && (
        <>
          <h4 className="rp-label">{title}</h4>
          <ul className="rp-changes">
            {changes.map((c) => (
              <li key={c.path} data-testid="response-change">
                <span className="rp-change__label">{c.label}</span>{' '}
                <span className="rp-change__values">
                  <span className={c.before === '' ? 'rp-empty' : 'rp-before'}>{shown(c.before)}</span> →{' '}
                  <span className={c.after === '' ? 'rp-empty' : 'rp-after'}>{shown(c.after)}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {files.length > 0 && (
        <>
          <h4 className="rp-label">Pièces jointes ajoutées</h4>
          <ul className="rp-changes">
            {files.map((a) => (
              <li key={a.id} data-testid="response-attachment">
                {attachmentLine(a)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The response document as a page (the same content as the .docx), ready to print. */
export function ResponseBody({ doc }: { doc: ResponseDocument }) {
  const since = sinceLine(doc);
  return (
    <article className="rp-doc" data-testid="response-doc">
      <h1 className="rp-title">{doc.title}</h1>
      {headerLines(doc).map((l) => (
        <p key={l} className="rp-meta">
          {l}
        </p>
      ))}
      {since && <p className="rp-note">{since}</p>}
      {doc.remarks.map((r) => (
        <section key={r.number} className="rp-remark" data-testid="response-remark">
          <h2 className="rp-remark__title">{remarkTitle(r)}</h2>
          {r.heading && <p className="rp-heading">{r.heading}</p>}
          <h4 className="rp-label">Remarque de l’instructeur</h4>
          <blockquote className="rp-quote">{r.text}</blockquote>
          <h4 className="rp-label">Réponse</h4>
          {r.answer ? (
            <p className="rp-answer">{r.answer}</p>
          ) : (
            <p className="rp-none">Aucune réponse rédigée.</p>
          )}
          <Changes title="Modifications apportées au dossier" changes={r.changes} files={r.attachments} />
        </section>
      ))}
      {(doc.otherChanges.length > 0 || doc.otherAttachments.length > 0) && (
        <section className="rp-remark">
          <h2 className="rp-remark__title">Autres modifications du dossier</h2>
          <Changes title="Champs modifiés" changes={doc.otherChanges} files={doc.otherAttachments} />
        </section>
      )}
      <p className="rp-note">Document établi le {longDate(doc.generatedOn)} avec Certifill.</p>
    </article>
  );
}
