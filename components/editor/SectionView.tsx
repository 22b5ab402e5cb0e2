import { memo } from 'react';
import { CriterionText } from './CriterionText';
import { BoundField, useDraft } from './editor-context';
import { GroupEditor } from './GroupEditor';
import type { Block, SectionLayout } from './layout';
import { sectionProgress } from './progress';
import { sectionDomId } from './route';

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'field') return <BoundField field={block.field} path={block.field.id} />;
  if (block.kind === 'group') return <GroupEditor group={block.group} fields={block.fields} />;
  return (
    <fieldset className="cf-cluster" data-cluster={block.key}>
      <legend className="cf-cluster__legend">{block.legend}</legend>
      {block.key.includes('critere') && <CriterionText clusterKey={block.key} />}
      {block.members.map((m) => (
        <BoundField key={m.field.id} field={m.field} path={m.field.id} label={m.label} />
      ))}
    </fieldset>
  );
}

/** One section of the dossier, as on the platform. */
export const SectionView = memo(function SectionView({ section }: { section: SectionLayout }) {
  const id = sectionDomId(section.id);
  const progress = useDraft((d) => {
    const p = sectionProgress(section.fields, d);
    return p.required > 0 ? `${p.filled} / ${p.required} champs obligatoires remplis` : '';
  });
  return (
    <section id={id} className="cf-section" aria-labelledby={`${id}-titre`}>
      <header className="cf-section__head">
        <h2 id={`${id}-titre`} tabIndex={-1}>
          {section.title}
        </h2>
        {progress && <span className="cf-section__progress">{progress}</span>}
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
