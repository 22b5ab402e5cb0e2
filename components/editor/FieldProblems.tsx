import type { Problem } from '@/utils/validation';
import './field-problems.css';

interface Props {
  problems: readonly Problem[];
  /** For the input's `aria-describedby`. */
  id?: string;
}

/**
 * A field's messages, DSFR style (`fr-messages-group` / `fr-message--error`): red for errors, orange
 * for warnings, each with a visually hidden « Erreur : » / « Attention : » so colour is not the only cue.
 */
export function FieldProblems({ problems, id }: Props) {
  if (problems.length === 0) return null;
  return (
    <div className="cf-messages" id={id}>
      {problems.map((p) => (
        <p key={`${p.code}-${p.message}`} className={`cf-message cf-message--${p.severity}`}>
          <span className="visually-hidden">{p.severity === 'error' ? 'Erreur : ' : 'Attention : '}</span>
          {p.message}
        </p>
      ))}
    </div>
  );
}
