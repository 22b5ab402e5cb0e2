import { type ReactNode, useMemo } from 'react';
import type { DossierInput } from '@/utils/validation';
import { type ReadinessItem, readiness } from './readiness';
import './field-problems.css';

interface Props {
  dossier: DossierInput;
  /** Opens the editor on a field (`fiche.blocs[1].libelle`). */
  onOpenField: (path: string) => void;
  /** Limits remembered from the platform's pages, by catalogue id. */
  limits?: Record<string, number>;
  today?: Date;
  /** Shown at the end of the report (the readiness per criterion). */
  children?: ReactNode;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

function Item({ item, onOpenField }: { item: ReadinessItem; onOpenField: (path: string) => void }) {
  return (
    <li className={`cf-ready__item cf-message--${item.severity}`}>
      <button type="button" className="cf-ready__link" onClick={() => onOpenField(item.path)}>
        {item.label}
      </button>
      <span> : {item.message}</span>
    </li>
  );
}

/**
 * « Prêt à déposer ? »: every error and missing required item of the dossier, by section, each
 * with a link to the field; warnings follow, folded.
 */
export function ReadinessReport({ dossier, onOpenField, limits, today, children }: Props) {
  const sections = useMemo(() => readiness(dossier, { limits, today }), [dossier, limits, today]);
  const blocking = sections.reduce((n, s) => n + s.blocking.length, 0);
  const missing = sections.reduce(
    (n, s) => n + s.blocking.filter((p) => p.code === 'required' || p.code === 'group-min').length,
    0,
  );
  const warnings = sections.reduce((n, s) => n + s.warnings.length, 0);
  return (
    <section className="cf-ready" aria-labelledby="cf-ready-title">
      <h2 id="cf-ready-title">Prêt à déposer ?</h2>
      {blocking === 0 ? (
        <p className="cf-ready__status cf-ready__status--ok" role="status">
          Oui : aucun élément bloquant
          {warnings > 0 ? `, ${plural(warnings, 'point', 'points')} à vérifier ci-dessous` : ''}.
        </p>
      ) : (
        <p className="cf-ready__status cf-ready__status--ko" role="status">
          Pas encore : {plural(blocking, 'élément bloquant', 'éléments bloquants')} (
          {plural(missing, 'élément obligatoire manquant', 'éléments obligatoires manquants')},{' '}
          {plural(blocking - missing, 'erreur', 'erreurs')}).
        </p>
      )}
      {sections.map((s) =>
        s.blocking.length === 0 ? null : (
          <section key={s.id} className="cf-ready__section" aria-labelledby={`cf-ready-${s.id}`}>
            <h3 id={`cf-ready-${s.id}`}>
              {s.title} <span className="cf-ready__count">({s.blocking.length})</span>
            </h3>
            <ul>
              {s.blocking.map((p) => (
                <Item key={`${p.path}-${p.code}-${p.message}`} item={p} onOpenField={onOpenField} />
              ))}
            </ul>
          </section>
        ),
      )}
      {warnings > 0 && (
        <details className="cf-ready__warnings">
          <summary>{plural(warnings, 'point à vérifier', 'points à vérifier')} (non bloquants)</summary>
          {sections.map((s) =>
            s.warnings.length === 0 ? null : (
              <section key={s.id} className="cf-ready__section" aria-label={`${s.title} : points à vérifier`}>
                <h3>{s.title}</h3>
                <ul>
                  {s.warnings.map((p) => (
                    <Item key={`${p.path}-${p.code}-${p.message}`} item={p} onOpenField={onOpenField} />
                  ))}
                </ul>
              </section>
            ),
          )}
        </details>
      )}
      {children}
    </section>
  );
}
