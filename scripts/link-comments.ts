/**
 * Links the comments of a request for additions (stdin) to the registration criteria.
 * Usage: npm run -s link-comments -- --repertoire RNCP|RS [--filed-on YYYY-MM-DD] [--lines] < file.txt
 * Prints a JSON array [{ text, criterion, confidence, runnerUp, fields }].
 * With --letter [--received-on YYYY-MM-DD] (a whole letter or e-mail): prints
 * { items: [{ text, criterion, confidence, runnerUp, fields }], deadline: "YYYY-MM-DD" | null, ignored: ["…"] },
 * the deadline counted from the day received (today by default). Errors: French message, exit code 2.
 */
import { readFileSync } from 'node:fs';
import { linkComments } from '../utils/comments/link';
import { parseRepertoire } from '../utils/criteria/criteria-for';
import { isIsoDate, parseFilingDate } from '../utils/criteria/filing-date';
import type { Repertoire } from '../utils/criteria/types';

interface Args {
  repertoire: Repertoire;
  filedOn?: string;
  receivedOn?: string;
  lines: boolean;
  letter: boolean;
}

const USAGE =
  'Usage : link-comments --repertoire RNCP|RS [--filed-on AAAA-MM-JJ] [--lines | --letter [--received-on AAAA-MM-JJ]] < fichier.txt';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Args {
  let repertoire: Repertoire | undefined;
  let filedOn: string | undefined;
  let receivedOn: string | undefined;
  let lines = false;
  let letter = false;
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
      else if (name === '--received-on') receivedOn = parseDay(value(), 'Date de réception');
      else if (name === '--lines') lines = true;
      else if (name === '--letter') letter = true;
      else if (name === '--help' || name === '-h') {
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
      } else fail(`Option inconnue : « ${arg} ».`);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  }
  if (!repertoire) fail('Option --repertoire obligatoire (RNCP ou RS).');
  if (letter && lines) fail('Les options --letter et --lines s’excluent.');
  if (receivedOn && !letter) fail('L’option --received-on ne sert qu’avec --letter.');
  return {
    repertoire,
    lines,
    letter,
    ...(filedOn ? { filedOn } : {}),
    ...(receivedOn ? { receivedOn } : {}),
  };
}

function parseDay(value: string, what: string): string {
  if (!isIsoDate(value.trim()))
    throw new RangeError(`${what} invalide : « ${value} » (format attendu : AAAA-MM-JJ).`);
  return value.trim();
}

const args = parseArgs(process.argv.slice(2));
const input = readFileSync(0, 'utf8');
const result = linkComments(input, args);
if (result.notice) process.stderr.write(`${result.notice}\n`);
const items = result.items.map((item) => ({
  text: item.text,
  criterion: item.criterion?.number ?? null,
  confidence: item.confidence,
  runnerUp: item.runnerUp?.number ?? null,
  fields: item.fields,
}));
const out = args.letter
  ? { items, deadline: result.deadline?.dueOn ?? null, ignored: result.ignored.map((i) => i.text) }
  : items;
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
