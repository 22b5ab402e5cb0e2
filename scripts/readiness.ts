/**
 * Readiness of each dossier of a `certifill-dossiers` file, criterion by criterion, at a filing date.
 * Usage: npm run -s readiness -- FILE.json [--on YYYY-MM-DD]
 * Prints [{ id, criteria: [{ criterion, status, findings: [{ message, paths }] }] }]; the file's open instructor remarks
 * count as findings of their criterion. Errors: French message, exit code 2.
 */
import { readFileSync } from 'node:fs';
import { parseFilingDate } from '../utils/criteria/filing-date';
import { evaluateReadiness } from '../utils/readiness/evaluate';
import { readDossierExport } from '../utils/readiness/read-export';
import { attachRemarks, isOpenRemark, remarkFinding } from '../utils/readiness/remarks';

const USAGE = 'Usage : readiness FICHIER.json [--on AAAA-MM-JJ]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { file: string; on?: string } {
  let file: string | undefined;
  let on: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (name === '--on') {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) fail('Valeur manquante pour l’option --on.');
      try {
        on = parseFilingDate(v);
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
    } else if (name === '--help' || name === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('--')) fail(`Option inconnue : « ${arg} ».`);
    else if (file === undefined) file = arg;
    else fail(`Un seul fichier à la fois (reçu aussi « ${arg} »).`);
  }
  if (!file) fail('Indiquez le fichier d’export Certifill à vérifier.');
  return { file, ...(on ? { on } : {}) };
}

const args = parseArgs(process.argv.slice(2));
let text: string;
try {
  text = readFileSync(args.file, 'utf8');
} catch {
  fail(`Impossible de lire le fichier « ${args.file} ».`);
}
const read = readDossierExport(text);
if (!read.ok) fail(read.errors.join('\n'));
// Open instructor remarks of the file count under their criterion, as in the editor.
const out = read.dossiers.map(({ dossier, comments }) => {
  const report = attachRemarks(evaluateReadiness(dossier, args.on ? { on: args.on } : {}), comments);
  return {
    id: dossier.id,
    criteria: report.criteria.map((c) => ({
      criterion: c.criterion,
      status: c.shownStatus,
      findings: [...c.findings, ...c.remarks.filter(isOpenRemark).map(remarkFinding)].map((f) => ({
        message: f.message,
        paths: f.paths,
      })),
    })),
  };
});
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
