/**
 * Evaluates the comment → criterion linker on tests/comments/corpus.json.
 * Prints top-1 / top-2 accuracy overall, per split (dev / holdout) and per criterion, then the confusions.
 * Exits with code 1 when overall top-1 accuracy is below 90 %.
 * Usage: npm run eval:comments [-- --split dev|holdout] [--json]
 */
import { readFileSync } from 'node:fs';
import { Corpus, type CorpusItem } from '../tests/comments/corpus-schema';
import { rankItem } from '../utils/comments/rank';

const THRESHOLD = 0.9;

interface Outcome {
  item: CorpusItem;
  top1: string | null;
  top2: string | null;
}

const argv = process.argv.slice(2);
const onlySplit = argv.includes('--split') ? argv[argv.indexOf('--split') + 1] : undefined;
const corpus = Corpus.parse(
  JSON.parse(readFileSync(new URL('../tests/comments/corpus.json', import.meta.url), 'utf8')),
);
const outcomes: Outcome[] = corpus
  .filter((item) => !onlySplit || item.split === onlySplit)
  .map((item) => {
    const ranking = rankItem(item.text, {
      repertoire: item.repertoire,
      ...(item.filedOn ? { filedOn: item.filedOn } : {}),
    });
    return { item, top1: ranking[0]?.number ?? null, top2: ranking[1]?.number ?? null };
  });

const main = (o: Outcome) => o.item.expected[0];
const isTop1 = (o: Outcome) => o.top1 === main(o);
const isTop1Any = (o: Outcome) => o.top1 !== null && o.item.expected.includes(o.top1);
const isTop2 = (o: Outcome) => isTop1(o) || o.top2 === main(o);

function rate(list: readonly Outcome[], ok: (o: Outcome) => boolean): number {
  return list.length === 0 ? 0 : list.filter(ok).length / list.length;
}
const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;

function summary(label: string, list: readonly Outcome[]) {
  return {
    label,
    n: list.length,
    top1: rate(list, isTop1),
    top1AnyLabel: rate(list, isTop1Any),
    top2: rate(list, isTop2),
  };
}

const groups = [
  summary('overall', outcomes),
  summary(
    'dev',
    outcomes.filter((o) => o.item.split === 'dev'),
  ),
  summary(
    'holdout',
    outcomes.filter((o) => o.item.split === 'holdout'),
  ),
];
const criteria = [...new Set(outcomes.map((o) => `${o.item.repertoire} ${main(o)}`))].sort();
const perCriterion = criteria.map((key) =>
  summary(
    key,
    outcomes.filter((o) => `${o.item.repertoire} ${main(o)}` === key),
  ),
);
const confusions = outcomes
  .filter((o) => !isTop1(o))
  .map((o) => ({
    id: o.item.id,
    split: o.item.split,
    repertoire: o.item.repertoire,
    filedOn: o.item.filedOn ?? null,
    expected: o.item.expected.join(' + '),
    got: o.top1,
    second: o.top2,
    text: o.item.text,
  }));

if (argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ groups, perCriterion, confusions }, null, 2)}\n`);
} else {
  const line = (s: ReturnType<typeof summary>) =>
    `${s.label.padEnd(22)} n=${String(s.n).padStart(3)}  top-1 ${pct(s.top1)}  top-1 (any label) ${pct(s.top1AnyLabel)}  top-2 ${pct(s.top2)}`;
  console.log(
    'Accuracy (top-1 = main label; "any label" also accepts the second label of two-criteria comments)',
  );
  for (const g of groups) console.log(line(g));
  console.log('\nPer criterion (by main label)');
  for (const c of perCriterion) console.log(line(c));
  console.log(`\nConfusions (${confusions.length}): expected → got (second)`);
  for (const c of confusions) {
    console.log(
      `  [${c.split}] ${c.id} ${c.repertoire} ${c.filedOn ?? 'sans date'}: ${c.expected} → ${c.got ?? 'aucun'} (${c.second ?? '-'})`,
    );
    console.log(`      « ${c.text} »`);
  }
}

const overall = groups[0]?.top1 ?? 0;
if (!onlySplit && overall < THRESHOLD) {
  console.error(`\nTop-1 global ${pct(overall)} < ${THRESHOLD * 100} % : échec.`);
  process.exit(1);
}
