import { useDraft } from './editor-context';
import type { SectionLayout } from './layout';
import { sectionProgress } from './progress';
import { ALL_SECTIONS, sectionDomId, sectionHash } from './route';

interface Props {
  dossierId: string;
  sections: readonly SectionLayout[];
  /** The section shown. */
  current: string | null;
}

export function scrollToSection(sectionId: string): void {
  const el = document.getElementById(sectionDomId(sectionId));
  el?.scrollIntoView({ block: 'start' });
  document.getElementById(`${sectionDomId(sectionId)}-titre`)?.focus({ preventScroll: true });
}

/** Sticky list of the sections, with the one shown marked and each one's progress (count and bar). */
export function SectionNav({ dossierId, sections, current }: Props) {
  // One string for all sections, so the nav re-renders only when a count changes.
  const counts = useDraft((d) =>
    sections
      .map((s) => {
        const p = sectionProgress(s.fields, d);
        return `${p.filled}/${p.required}`;
      })
      .join(' '),
  ).split(' ');
  return (
    <nav className="cf-nav" aria-label="Sections du dossier">
      <ol className="cf-nav__list">
        {sections.map((s) => {
          const [filled = 0, required = 0] = (counts[sections.indexOf(s)] ?? '0/0').split('/').map(Number);
          const p = { filled, required };
          const done = p.required > 0 && p.filled === p.required;
          return (
            <li key={s.id}>
              <a
                href={sectionHash(dossierId, s.id)}
                className="cf-nav__link"
                aria-current={current === s.id ? 'step' : undefined}
                // The address then shows this section; scrolled to its title even when it already was.
                onClick={() => requestAnimationFrame(() => scrollToSection(s.id))}
              >
                <span className="cf-nav__title">{s.title}</span>
                {p.required > 0 && (
                  <span className={done ? 'cf-nav__count cf-nav__count--done' : 'cf-nav__count'}>
                    <span className="visually-hidden">champs obligatoires remplis : </span>
                    {p.filled}/{p.required}
                  </span>
                )}
                {p.required > 0 && (
                  <span className="cf-nav__bar" aria-hidden="true">
                    <span style={{ width: `${Math.round((100 * p.filled) / p.required)}%` }} />
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
      <a
        href={sectionHash(dossierId, ALL_SECTIONS)}
        className="cf-nav__all"
        aria-current={current === ALL_SECTIONS ? 'step' : undefined}
      >
        Toutes les sections sur une page
      </a>
    </nav>
  );
}
