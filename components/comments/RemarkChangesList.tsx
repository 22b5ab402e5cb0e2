import { quoted } from '@/components/popup/french';
import { useRemarkChanges } from './remark-changes';

const SHORT = 90;
const short = (v: string) => (v === '' ? '(vide)' : quoted(v.length > SHORT ? `${v.slice(0, SHORT)}…` : v));

/** « Depuis la réception » : the fields changed (before → after) and the attachments added that the remark names. */
export function RemarkChangesList({ commentId }: { commentId: string }) {
  const facts = useRemarkChanges(commentId);
  if (!facts || (facts.changes.length === 0 && facts.attachments.length === 0)) return null;
  return (
    <div className="cm-done" data-testid="remark-changes">
      <span className="cm-label">Fait depuis la réception de la demande</span>
      <ul className="cm-done__list">
        {facts.changes.map((c) => (
          <li key={c.path}>
            <strong>{c.label}</strong> : {short(c.before)} → {short(c.after)}
          </li>
        ))}
        {facts.attachments.map((a) => (
          <li key={a.id}>
            Pièce jointe ajoutée : <strong>{a.name}</strong> ({a.fieldLabel})
          </li>
        ))}
      </ul>
    </div>
  );
}
