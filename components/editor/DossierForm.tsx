import { useEffect, useMemo, useState } from 'react';
import { useDraft } from './editor-context';
import { focusField } from './focus-field';
import { layoutDossier, sectionOfPath } from './layout';
import { NextStepCard } from './NextStepCard';
import { RequestHeader } from './RequestHeader';
import { ALL_SECTIONS } from './route';
import { SectionNav, scrollToSection } from './SectionNav';
import { SectionPager } from './SectionPager';
import { SectionView } from './SectionView';

interface Props {
  /** Field to show and focus (deep link), or a section to show. */
  field: string | null;
  section: string | null;
}

const lastSectionKey = (dossierId: string) => `certifill.section.${dossierId}`;

/**
 * The « Saisie » tab: request header, sticky section navigation with each section's progress, and
 * one section at a time (the one the address names, the one holding a linked field, else the last
 * one shown), what to fill next above it and the way to the next section below it; or, on
 * `#/dossier/<id>/tout`, every section on one page (to read it over, print it, search it).
 */
export function DossierForm({ field, section }: Props) {
  const repertoire = useDraft((d) => d.repertoire);
  const dossierId = useDraft((d) => d.id);
  const sections = useMemo(() => layoutDossier(repertoire), [repertoire]);
  const [missing, setMissing] = useState<string | null>(null);
  const all = !field && section === ALL_SECTIONS;
  const shown =
    (field ? sectionOfPath(sections, field) : null) ??
    sections.find((s) => s.id === section) ??
    sections.find((s) => s.id === sessionStorage.getItem(lastSectionKey(dossierId))) ??
    sections[0];

  useEffect(() => {
    if (shown && !all) sessionStorage.setItem(lastSectionKey(dossierId), shown.id);
  }, [dossierId, shown, all]);

  useEffect(() => {
    if (!field && !section) return;
    const frame = requestAnimationFrame(() => {
      if (field) setMissing(focusField(field) ? null : field);
      else if (section && section !== ALL_SECTIONS) scrollToSection(section);
    });
    return () => cancelAnimationFrame(frame);
  }, [field, section]);

  return (
    <div className="cf-form">
      <SectionNav
        dossierId={dossierId}
        sections={sections}
        current={all ? ALL_SECTIONS : (shown?.id ?? null)}
      />
      <div className="cf-form__main">
        {missing && (
          <p className="cf-notice cf-notice--warning" role="status">
            Le champ demandé (« {missing} ») n’existe pas dans ce dossier {repertoire}.
          </p>
        )}
        <RequestHeader />
        {all && sections.map((s) => <SectionView key={s.id} section={s} />)}
        {!all && shown && (
          <>
            <NextStepCard dossierId={dossierId} sections={sections} current={shown} />
            <SectionView key={shown.id} section={shown} />
            <SectionPager dossierId={dossierId} sections={sections} current={shown} />
          </>
        )}
      </div>
    </div>
  );
}
