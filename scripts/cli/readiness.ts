/** The `readiness` CLI (scripts/readiness.ts says what it does), run by that script or in-process by its tests. */
import { readFileSync } from 'node:fs';
import { parseFilingDate } from '../../utils/criteria/filing-date';
import { evaluateReadiness } from '../../utils/readiness/evaluate';
import { readDossierExport } from '../../utils/readiness/read-export';
import { attachRemarks, isOpenRemark, remarkFinding } from '../../utils/readiness/remarks';
import { CliExit, type CliIo } from './io';

const USAGE = 'Usage : readiness FICHIER.json [--on AAAA-MM-JJ]';

export function readiness(argv: readonly string[], io: CliIo): number {
  const fail = (message: string): never => {
    io.stderr.write(`${message}\n${USAGE}\n`);
    throw new CliExit(2);
  };
  const args = parseArgs(argv, io, fail);
  let text = '';
  try {
    text = readFileSync(args.file, 'utf8');
  } catch {
    fail(`Impossible de lire le fichier « ${args.file} ».`);
  }
  const read = readDossierExport(text);
  if (!read.ok) return fail(read.errors.join('\n'));
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
  io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

function parseArgs(
  argv: readonly string[],
  io: CliIo,
  fail: (message: string) => never,
): { file: string; on?: string } {
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
      io.stdout.write(`${USAGE}\n`);
      throw new CliExit(0);
    } else if (arg.startsWith('--')) fail(`Option inconnue : « ${arg} ».`);
    else if (file === undefined) file = arg;
    else fail(`Un seul fichier à la fois (reçu aussi « ${arg} »).`);
  }
  if (!file) return fail('Indiquez le fichier d’export Certifill à vérifier.');
  return { file, ...(on ? { on } : {}) };
}
