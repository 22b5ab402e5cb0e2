import { memo } from 'react';
import { CriterionText } from './CriterionText';
import { BoundField, useEditor } from './editor-context';
import { GroupEditor } from './GroupEditor';
import type { Block, SectionLayout } from './layout';
import type { Progress } from './progress';
import { sectionDomId } from './route';

function BlockView({ block }: { block: Block }) {
  const { dossier } = useEditor();
  if (block.kind === 'field') return <BoundField field={block.field} path={block.field.id} />;
  if (block.kind === 'group') return <GroupEditor group={block.group} fields={block.fields} />;
  return (
    <fieldset className="cf-cluster" data-cluster={block.key}>
      <legend className="cf-cluster__legend">{block.legend}</legend>
      {block.key.includes('critere') && (
        <CriterionText clusterKey={block.key} repertoire={dossier.repertoire} filedOn={dossier.filedOn} />
      )}
      {block.members.map((m) => (
        <BoundField key={m.field.id} field={m.field} path={m.field.id} label={m.label} />
      ))}
    </fieldset>
  );
}

interface Props {
  section: SectionLayout;
  progress: Progress;
}

/** One section of the dossier, as on the platform. */
export const SectionView = memo(function SectionView({ section, progress }: Props) {
  const id = sectionDomId(section.id);
  return (
    <section id={id} className="cf-section" aria-labelledby={`${id}-titre`}>
      <header className="cf-section__head">
        <h2 id={`${id}-titre`} tabIndex={-1}>
          {section.title}
        </h2>
        {progress.required > 0 && (
          <span className="cf-section__progress">
            {progress.filled} / {progress.required} champs obligatoires remplis
          </span>
        )}
      </header>
      <div className="cf-section__body">
        {section.blocks.map((b) => (
          <BlockView
            key={b.kind === 'field' ? b.field.id : b.kind === 'group' ? b.group.id : b.key}
            block={b}
          />
        ))}
      </div>
    </section>
  );
});
