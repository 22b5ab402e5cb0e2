import type { SectionLayout } from './layout';
import { dossierHash, sectionHash } from './route';

interface Props {
  dossierId: string;
  sections: readonly SectionLayout[];
  current: SectionLayout;
}

/** Below a section: the previous and the next one, as links (the address names the section shown). */
export function SectionPager({ dossierId, sections, current }: Props) {
  const i = sections.indexOf(current);
  const prev = sections[i - 1];
  const next = sections[i + 1];
  return (
    <nav className="cf-pager" aria-label="Sections précédente et suivante">
      {prev ? (
        <a className="cf-pager__link cf-pager__link--prev" href={sectionHash(dossierId, prev.id)}>
          <span className="cf-pager__dir">← Section précédente</span>
          <span className="cf-pager__title">{prev.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a className="cf-pager__link cf-pager__link--next" href={sectionHash(dossierId, next.id)}>
          <span className="cf-pager__dir">Section suivante →</span>
          <span className="cf-pager__title">{next.title}</span>
        </a>
      ) : (
        <a className="cf-pager__link cf-pager__link--next" href={dossierHash(dossierId, 'verification')}>
          <span className="cf-pager__dir">Étape suivante →</span>
          <span className="cf-pager__title">Vérification avant le dépôt</span>
        </a>
      )}
    </nav>
  );
}
