/** The `import-fiche` CLI (scripts/import-fiche.ts says what it does), run by that script or in-process by its tests. */
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Dossier } from '../../utils/dossier/model';
import { FicheReadError } from '../../utils/fiche/errors';
import { exportedDossier, exportFileFrame, exportFileOf } from '../../utils/fiche/export-envelope';
import { readExport } from '../../utils/fiche/read-export';
import { ficheToDossier } from '../../utils/fiche/to-dossier';
import { useNodeRichWindow } from '../../utils/richtext/node-window';
import { CliExit, type CliIo } from './io';

const USAGE = 'Usage : import-fiche FICHIER.xml|FICHIER.zip [--numero RNCP35419]';

type Fail = (message: string, code?: number) => never;

export async function importFiche(argv: readonly string[], io: CliIo): Promise<number> {
  const fail: Fail = (message, code = 2) => {
    io.stderr.write(`${message}\n`);
    throw new CliExit(code);
  };
  const { file, numero } = parseArgs(argv, io, fail);
  if (!existsSync(file)) fail(`Fichier introuvable : « ${file} ».`);
  const stat = statSync(file);
  if (!stat.isFile()) fail(`« ${file} » n’est pas un fichier.`);
  // Formatted text is sanitized with a DOM: happy-dom's here.
  // biome-ignore lint/correctness/useHookAtTopLevel: not a React hook (it registers a happy-dom window).
  useNodeRichWindow();
  try {
    if (numero) await one(file, stat.size, numero, io, fail);
    else await all(file, stat.size, io);
  } catch (e) {
    if (e instanceof CliExit) throw e;
    fail(
      e instanceof FicheReadError
        ? e.message
        : `Lecture impossible : ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return 0;
}

function parseArgs(argv: readonly string[], io: CliIo, fail: Fail): { file: string; numero: string | null } {
  let file: string | null = null;
  let numero: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (name === '--help' || name === '-h') {
      io.stdout.write(`${USAGE}\n`);
      throw new CliExit(0);
    } else if (name === '--numero') {
      const v = inline ?? argv[++i];
      if (!v || v.startsWith('--')) fail(`Valeur manquante pour l’option --numero.\n${USAGE}`);
      if (!/^(RNCP\d{1,6}|RS\d{1,5})$/i.test(v.trim()))
        fail(
          `Numéro de fiche invalide : « ${v} » (attendu : RNCP suivi de chiffres, ou RS suivi de chiffres).`,
        );
      numero = v.trim().toUpperCase();
    } else if (name?.startsWith('-')) fail(`Option inconnue : « ${arg} ».\n${USAGE}`);
    else if (file === null) file = arg;
    else fail(`Un seul fichier à la fois (« ${file} », puis « ${arg} »).\n${USAGE}`);
  }
  if (!file) return fail(`Fichier manquant.\n${USAGE}`);
  return { file, numero };
}

function chunks(file: string): AsyncIterable<Uint8Array> {
  return createReadStream(file, { highWaterMark: 1 << 20 });
}

async function one(file: string, size: number, numero: string, io: CliIo, fail: Fail): Promise<void> {
  let found: Dossier | null = null;
  const summary = await readExport(chunks(file), {
    size,
    // Fiches of another number are parsed but not built.
    shape: { wanted: (n) => n === numero },
    onFiche: (fiche) => {
      if (
        fiche.children
          .find((c) => c.name === 'NUMERO_FICHE')
          ?.text.trim()
          .toUpperCase() !== numero
      )
        return;
      const { dossier, report } = ficheToDossier(fiche);
      found = dossier;
      io.stderr.write(
        `${numero} : ${report.valueCount} valeurs reprises, ${report.skipped.length} éléments non repris, ${report.unknown.length} inconnus.\n`,
      );
      return 'stop';
    },
  });
  if (!found) fail(`La fiche ${numero} n’est pas dans cet export (${summary.fiches} fiches lues).`, 1);
  io.stdout.write(`${JSON.stringify(exportFileOf([found]), null, 2)}\n`);
}

/** Every fiche: written to a temporary file first, so that a failure leaves stdout empty. */
async function all(file: string, size: number, io: CliIo): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'import-fiche-'));
  const temp = join(dir, 'export.json');
  const out = createWriteStream(temp);
  const { head, tail } = exportFileFrame();
  let count = 0;
  let rejected = 0;
  const write = (text: string) => {
    if (!out.write(text)) return new Promise<void>((r) => out.once('drain', () => r()));
  };
  try {
    write(head);
    const pending: Promise<void>[] = [];
    await readExport(chunks(file), {
      size,
      onFiche: (fiche) => {
        let dossier: Dossier;
        try {
          dossier = ficheToDossier(fiche).dossier;
        } catch (e) {
          rejected++;
          io.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
          return;
        }
        const wait = write(`${count++ > 0 ? ',' : ''}${JSON.stringify(exportedDossier(dossier))}`);
        if (wait) pending.push(wait);
      },
    });
    await Promise.all(pending);
    out.end(tail);
    await new Promise<void>((r, j) => out.once('finish', () => r()).once('error', j));
    await pipeline(createReadStream(temp), io.stdout, { end: false });
    io.stdout.write('\n');
    io.stderr.write(
      `${count} dossier${count > 1 ? 's' : ''} de renouvellement${rejected ? ` (${rejected} fiche${rejected > 1 ? 's' : ''} sans numéro utilisable ignorée${rejected > 1 ? 's' : ''})` : ''}.\n`,
    );
  } finally {
    // A write still under way when reading failed ends in an error: the temporary file no longer matters
    // (a CLI run exits before it is reported; a run in-process, in the tests, goes on).
    out.on('error', () => undefined);
    out.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
