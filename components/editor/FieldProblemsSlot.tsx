import type { Problem } from '@/utils/validation';

/** Problems of one field, under its input. */
export function FieldProblemsSlot({ id, problems }: { id: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="cf-problems">
      {problems.map((p) => (
        <li key={`${p.code}-${p.message}`} className={`cf-problem cf-problem--${p.severity}`}>
          <span className="visually-hidden">{p.severity === 'error' ? 'Erreur : ' : 'Attention : '}</span>
          {p.message}
        </li>
      ))}
    </ul>
  );
}
