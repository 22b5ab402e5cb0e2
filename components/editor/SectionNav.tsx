import { useEffect, useState } from 'react';
import { useDraft } from './editor-context';
import type { SectionLayout } from './layout';
import { sectionProgress } from './progress';
import { sectionDomId, sectionHash } from './route';

interface Props {
  dossierId: string;
  sections: readonly SectionLayout[];
}

export function scrollToSection(sectionId: string): void {
  const el = document.getElementById(sectionDomId(sectionId));
  el?.scrollIntoView({ block: 'start' });
  document.getElementById(`${sectionDomId(sectionId)}-titre`)?.focus({ preventScroll: true });
}

/** Sticky list of the sections, with the current one marked and each one's progress. */
export function SectionNav({ dossierId, sections }: Props) {
  // One string for all sections, so the nav re-renders only when a count changes.
  const counts = useDraft((d) =>
    sections
      .map((s) => {
        const p = sectionProgress(s.fields, d);
        return `${p.filled}/${p.required}`;
      })
      .join(' '),
  ).split(' ');
  const [current, setCurrent] = useState(sections[0]?.id);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const seen = new Map<string, boolean>();
    const obs = new IntersectionObserver(
      (entries) => {
        for (const e of entries) seen.set(e.target.id, e.isIntersecting);
        const first = sections.find((s) => seen.get(sectionDomId(s.id)));
        if (first) setCurrent(first.id);
      },
      { rootMargin: '-80px 0px -55% 0px' },
    );
    for (const s of sections) {
      const el = document.getElementById(sectionDomId(s.id));
      if (el) obs.observe(el);
    }
    return () => obs.disconnect();
  }, [sections]);

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
                aria-current={current === s.id ? 'location' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  setCurrent(s.id);
                  scrollToSection(s.id);
                }}
              >
                <span className="cf-nav__title">{s.title}</span>
                {p.required > 0 && (
                  <span className={done ? 'cf-nav__count cf-nav__count--done' : 'cf-nav__count'}>
                    <span className="visually-hidden">champs obligatoires remplis : </span>
                    {p.filled}/{p.required}
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
