/** The `link-comments` CLI (scripts/link-comments.ts says what it does), run by that script or in-process by its tests. */
import { linkComments } from '../../utils/comments/link';
import { parseRepertoire } from '../../utils/criteria/criteria-for';
import { isIsoDate, parseFilingDate } from '../../utils/criteria/filing-date';
import type { Repertoire } from '../../utils/criteria/types';
import { CliExit, type CliIo } from './io';

interface Args {
  repertoire: Repertoire;
  filedOn?: string;
  receivedOn?: string;
  lines: boolean;
  letter: boolean;
}

const USAGE =
  'Usage : link-comments --repertoire RNCP|RS [--filed-on AAAA-MM-JJ] [--lines | --letter [--received-on AAAA-MM-JJ]] < fichier.txt';

export function linkCommentsCli(argv: readonly string[], io: CliIo): number {
  const fail = (message: string): never => {
    io.stderr.write(`${message}\n${USAGE}\n`);
    throw new CliExit(2);
  };
  const args = parseArgs(argv, io, fail);
  const result = linkComments(io.stdin(), args);
  if (result.notice) io.stderr.write(`${result.notice}\n`);
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
  io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

function parseArgs(argv: readonly string[], io: CliIo, fail: (message: string) => never): Args {
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
      if (v === undefined || v.startsWith('--')) return fail(`Valeur manquante pour l’option ${name}.`);
      return v;
    };
    try {
      if (name === '--repertoire') repertoire = parseRepertoire(value());
      else if (name === '--filed-on') filedOn = parseFilingDate(value());
      else if (name === '--received-on') receivedOn = parseDay(value(), 'Date de réception');
      else if (name === '--lines') lines = true;
      else if (name === '--letter') letter = true;
      else if (name === '--help' || name === '-h') {
        io.stdout.write(`${USAGE}\n`);
        throw new CliExit(0);
      } else fail(`Option inconnue : « ${arg} ».`);
    } catch (error) {
      if (error instanceof CliExit) throw error;
      fail(error instanceof Error ? error.message : String(error));
    }
  }
  if (!repertoire) return fail('Option --repertoire obligatoire (RNCP ou RS).');
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
