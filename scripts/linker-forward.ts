/**
 * Forward-chaining evaluation of the linker's text model on the DEVELOPMENT part only. Random K-fold
 * cross-validation flatters the rules: they were tuned by hand on every development remark, so each fold's test
 * items were already seen by them. Here each development batch is linked by the engine as it was just before the
 * batch was committed (written before tuning against it), alone and with a model trained on the development
 * remarks that existed then (and that commit's criteria texts). The old engines have no model hook: the blend of
 * utils/comments/model.ts is replayed on their candidate scores (explicit references and stated refusal grounds
 * stay first; refusal grounds and admissibility only when the rules kept them).
 * Needs the git history. Usage: npx tsx scripts/linker-forward.ts
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  criteriaDocs,
  type DevItem,
  devItems,
  itemText,
  modelClasses,
} from '../tests/comments/linker-training';
import {
  compileModel,
  MODEL_TEMPERATURE,
  MODEL_WEIGHT,
  modelFeatures,
  modelVote,
} from '../utils/comments/model';
import { type TrainingDoc, trainModel } from '../utils/comments/model-train';
import { criteriaForRules } from '../utils/criteria/criteria-for';
import { isNewRules } from '../utils/criteria/filing-date';
import { criterionKind, isRefusalOrAdmissibility } from '../utils/criteria/labels';
import type { CriterionRecord } from '../utils/criteria/types';

/** Commits that each added a batch of development remarks (« written before tuning against them »). */
const BATCHES = [
  'b08fa6d',
  'a1615ab',
  '3cac4aa',
  '071ce47',
  '2fb1fd2',
  '99d6764',
  'ef88ab7',
  '0d9cfb2',
  'd4c8fd3',
];
const WEIGHTS = [0, 1, 2, 3, 4, 5, 6, 8];
const root = new URL('..', import.meta.url).pathname;

const DUMP = `import { readFileSync, writeFileSync } from 'node:fs';
const dir = process.argv[2];
const { rankItem } = await import(dir + '/utils/comments/rank.ts');
const { CRITERIA_DATA } = await import(dir + '/utils/criteria/criteria.data.ts');
const items = JSON.parse(readFileSync(dir + '/items.json', 'utf8'));
const out = items.map((i) => ({ id: i.id, cands: rankItem({ text: i.text }, { repertoire: i.repertoire, ...(i.filedOn ? { filedOn: i.filedOn } : {}) }).map((c) => ({ number: c.number, score: c.score, explicit: c.explicit })) }));
writeFileSync(dir + '/rules.json', JSON.stringify({ out, criteria: CRITERIA_DATA }));
`;

interface Cand {
  number: string;
  score: number;
  explicit: boolean;
}

const dev = devItems().filter((i) => /^c\d{3}$/.test(i.id));
const devById = new Map(dev.map((i) => [i.id, i]));
/** Ids of the current development remarks present in the corpus at `rev` (other items are not kept). */
const devIdsAt = (rev: string) => {
  const corpus = JSON.parse(
    execFileSync('git', ['show', `${rev}:tests/comments/corpus.json`], {
      cwd: root,
      maxBuffer: 1 << 26,
    }).toString(),
  ) as { id: string }[];
  return new Set(corpus.map((c) => c.id).filter((id) => devById.has(id)));
};

const right = new Map<number, number>();
let total = 0;
for (const batch of BATCHES) {
  const before = devIdsAt(`${batch}^`);
  const added = [...devIdsAt(batch)].filter((id) => !before.has(id));
  const items = added.map((id) => devById.get(id) as DevItem);
  const dir = mkdtempSync(join(tmpdir(), `linker-${batch}-`));
  try {
    execFileSync('sh', ['-c', `git archive ${batch} utils tsconfig.json | tar -x -C ${dir}`], { cwd: root });
    cpSync(join(root, '.wxt'), join(dir, '.wxt'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    writeFileSync(join(dir, 'items.json'), JSON.stringify(items));
    writeFileSync(join(dir, 'dump.mjs'), DUMP);
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['dump.mjs', dir], { cwd: dir });
    const { out, criteria } = JSON.parse(readFileSync(join(dir, 'rules.json'), 'utf8')) as {
      out: { id: string; cands: Cand[] }[];
      criteria: CriterionRecord[];
    };
    const train: TrainingDoc[] = [...before].map((id) => {
      const i = devById.get(id) as DevItem;
      return { id, repertoire: i.repertoire, number: i.expected[0] ?? '', text: itemText(i) };
    });
    const model = compileModel(trainModel([...train, ...criteriaDocs(criteria)], modelClasses()));
    const line: string[] = [];
    for (const weight of WEIGHTS) {
      let ok = 0;
      for (const { id, cands } of out) {
        const item = devById.get(id) as DevItem;
        const numbers = criteriaForRules(item.repertoire, isNewRules(item.filedOn))
          .filter((c) => c.kind !== 'rule')
          .map((c) => c.number);
        const allowed = numbers.filter(
          (n) => !isRefusalOrAdmissibility(n) || cands.some((c) => c.number === n),
        );
        const top = cands[0];
        let final = top?.number ?? null;
        if (weight > 0 && !(top && (top.explicit || criterionKind(top.number) === 'refusal'))) {
          const scores = new Map(cands.filter((c) => !c.explicit).map((c) => [c.number, c.score]));
          const blend = { model, weight, temperature: MODEL_TEMPERATURE };
          for (const [n, extra] of modelVote(blend, item.repertoire, modelFeatures(itemText(item)), allowed))
            scores.set(n, (scores.get(n) ?? 0) + extra);
          const best = [...scores].sort((a, b) => b[1] - a[1])[0];
          final = best && best[1] > 0 ? best[0] : null;
        }
        if (final === item.expected[0]) ok++;
      }
      right.set(weight, (right.get(weight) ?? 0) + ok);
      line.push(`w${weight} ${ok}`);
    }
    total += out.length;
    console.log(
      `${batch}: ${out.length} new dev remarks, trained on ${before.size}; right: ${line.join(', ')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`\nAll batches (n=${total}), top-1 of the engine of the day on remarks it had not seen:`);
for (const w of WEIGHTS)
  console.log(
    `  ${w === 0 ? 'rules alone      ' : `rules + model w=${w}`}${w === MODEL_WEIGHT ? ' (chosen)' : ''}: ${(((right.get(w) ?? 0) / total) * 100).toFixed(1)} %`,
  );
