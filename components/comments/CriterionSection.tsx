import { CriterionWording } from './CriterionWording';
import type { CriterionBucket } from './group-by-criterion';
import { criterionName, type DossierRules, progressText } from './labels';
import { TrackedItem } from './TrackedItem';

/** The tracked comments of one criterion, with its wording and progress. */
export function CriterionSection({ bucket, rules }: { bucket: CriterionBucket; rules: DossierRules }) {
  const { number, comments, done } = bucket;
  return (
    <section
      className="cm-group"
      aria-label={number ? criterionName(rules.repertoire, number) : 'Sans critère'}
    >
      <div className="cm-group__head">
        <h4 className="cm-group__title">
          {number ? criterionName(rules.repertoire, number) : 'Remarques sans critère identifié'}
        </h4>
        <span className={done === comments.length ? 'cm-pill cm-pill--done' : 'cm-pill'}>
          {progressText(done, comments.length)}
        </span>
      </div>
      {number && <CriterionWording rules={rules} number={number} />}
      <ol className="cm-list">
        {comments.map((c) => (
          <TrackedItem key={c.id} comment={c} rules={rules} grouped />
        ))}
      </ol>
    </section>
  );
}
