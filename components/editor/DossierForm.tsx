import { useEffect, useMemo, useState } from 'react';
import { useEditor } from './editor-context';
import { focusField } from './focus-field';
import { layoutDossier } from './layout';
import { sectionProgress } from './progress';
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
  const { dossier } = useEditor();
  const sections = useMemo(() => layoutDossier(dossier.repertoire), [dossier.repertoire]);
  const progress = new Map(sections.map((s) => [s.id, sectionProgress(s.fields, dossier)]));
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
      <SectionNav dossierId={dossier.id} sections={sections} progress={progress} />
      <div className="cf-form__main">
        {missing && (
          <p className="cf-notice cf-notice--warning" role="status">
            Le champ demandé (« {missing} ») n’existe pas dans ce dossier {dossier.repertoire}.
          </p>
        )}
        <RequestHeader />
        {sections.map((s) => (
          <SectionView key={s.id} section={s} progress={progress.get(s.id) ?? { filled: 0, required: 0 }} />
        ))}
      </div>
    </div>
  );
}
