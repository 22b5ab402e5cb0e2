import { useDraft } from './editor-context';
import type { SectionLayout } from './layout';
import { nextStep } from './progress';
import { dossierHash, fieldHash, sectionHash } from './route';

interface Props {
  dossierId: string;
  sections: readonly SectionLayout[];
  current: SectionLayout;
}

/** « À faire ensuite »: the next required field of this section, else the next section to complete. */
export function NextStepCard({ dossierId, sections, current }: Props) {
  // One string, so that the card re-renders only when the next step changes.
  const step = useDraft((d) => {
    const here = nextStep(current.fields, d);
    if (here) return `field\u0000${here.id}\u0000${here.label}`;
    const i = sections.indexOf(current);
    const later = [...sections.slice(i + 1), ...sections.slice(0, i)].find((s) => nextStep(s.fields, d));
    return later ? `section\u0000${later.id}\u0000${later.title}` : 'done';
  });
  const [kind, id = '', label = ''] = step.split('\u0000');
  return (
    <div className="cf-next" data-next-step={kind}>
      <span className="cf-next__label">À faire ensuite</span>
      {kind === 'field' && (
        <p className="cf-next__text">
          Remplir {`«\u00a0${label}\u00a0»`}.{' '}
          <a className="cf-next__link" href={fieldHash(dossierId, id)}>
            Aller au champ
          </a>
        </p>
      )}
      {kind === 'section' && (
        <p className="cf-next__text">
          Cette section est complète. Section suivante à compléter{`\u00a0: «\u00a0${label}\u00a0»`}.{' '}
          <a className="cf-next__link" href={sectionHash(dossierId, id)}>
            Ouvrir la section
          </a>
        </p>
      )}
      {kind === 'done' && (
        <p className="cf-next__text">
          Tous les champs obligatoires sont remplis.{' '}
          <a className="cf-next__link" href={dossierHash(dossierId, 'verification')}>
            Vérifier le dossier avant le dépôt
          </a>
        </p>
      )}
    </div>
  );
}
