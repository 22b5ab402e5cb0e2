import { useEffect, useMemo, useState } from 'react';
import { useDraft } from './editor-context';
import { focusField } from './focus-field';
import { layoutDossier } from './layout';
import { RequestHeader } from './RequestHeader';
import { SectionNav, scrollToSection } from './SectionNav';
import { SectionView } from './SectionView';

interface Props {
  /** Field to scroll to and focus (deep link), or a section to scroll to. */
  field: string | null;
  section: string | null;
}

/** The « Saisie » tab: request header, sticky section navigation, every field of the repertoire. */
export function DossierForm({ field, section }: Props) {
  const repertoire = useDraft((d) => d.repertoire);
  const dossierId = useDraft((d) => d.id);
  const sections = useMemo(() => layoutDossier(repertoire), [repertoire]);
  const [missing, setMissing] = useState<string | null>(null);

  useEffect(() => {
    if (!field && !section) return;
    const frame = requestAnimationFrame(() => {
      if (field) setMissing(focusField(field) ? null : field);
      else if (section) scrollToSection(section);
    });
    return () => cancelAnimationFrame(frame);
  }, [field, section]);

  return (
    <div className="cf-form">
      <SectionNav dossierId={dossierId} sections={sections} />
      <div className="cf-form__main">
        {missing && (
          <p className="cf-notice cf-notice--warning" role="status">
            Le champ demandé (« {missing} ») n’existe pas dans ce dossier {repertoire}.
          </p>
        )}
        <RequestHeader />
        {sections.map((s) => (
          <SectionView key={s.id} section={s} />
        ))}
      </div>
    </div>
  );
}
