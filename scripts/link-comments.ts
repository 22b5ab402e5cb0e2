/**
 * Links the comments of a request for additions (stdin) to the registration criteria.
 * Usage: npm run -s link-comments -- --repertoire RNCP|RS [--filed-on YYYY-MM-DD] [--lines] < file.txt
 * Prints a JSON array [{ text, criterion, confidence, runnerUp, fields }]. Errors: French message, exit code 2.
 */
import { readFileSync } from 'node:fs';
import { linkComments } from '../utils/comments/link';
import { parseRepertoire } from '../utils/criteria/criteria-for';
import { parseFilingDate } from '../utils/criteria/filing-date';
import type { Repertoire } from '../utils/criteria/types';

interface Args {
  repertoire: Repertoire;
  filedOn?: string;
  lines: boolean;
}

const USAGE = 'Usage : link-comments --repertoire RNCP|RS [--filed-on AAAA-MM-JJ] [--lines] < fichier.txt';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Args {
  let repertoire: Repertoire | undefined;
  let filedOn: string | undefined;
  let lines = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) fail(`Valeur manquante pour l’option ${name}.`);
      return v;
    };
    try {
      if (name === '--repertoire') repertoire = parseRepertoire(value());
      else if (name === '--filed-on') filedOn = parseFilingDate(value());
      else if (name === '--lines') lines = true;
      else if (name === '--help' || name === '-h') {
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
      } else fail(`Option inconnue : « ${arg} ».`);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  }
  if (!repertoire) fail('Option --repertoire obligatoire (RNCP ou RS).');
  return { repertoire, lines, ...(filedOn ? { filedOn } : {}) };
}

const args = parseArgs(process.argv.slice(2));
const input = readFileSync(0, 'utf8');
const result = linkComments(input, args);
if (result.notice) process.stderr.write(`${result.notice}\n`);
const out = result.items.map((item) => ({
  text: item.text,
  criterion: item.criterion?.number ?? null,
  confidence: item.confidence,
  runnerUp: item.runnerUp?.number ?? null,
  fields: item.fields,
}));
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
