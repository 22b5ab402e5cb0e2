import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { registerRichWindow } from '@/utils/richtext/dom-window';
import { parseImport } from '@/utils/transfer/parse-import';
import { importFiche } from '../../../scripts/cli/import-fiche';
import { cliRunner } from '../../helpers/cli';
import { sampleBytes } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'import-fiche-test-'));
const cli = cliRunner('import-fiche', importFiche);
const run = (...args: string[]) => cli.run(args);

describe('import-fiche CLI', { timeout: 90_000 }, () => {
  // The CLI registers a happy-dom window for formatted text: the next files of this module graph have none.
  afterEach(() => registerRichWindow(null));
  const zip = join(dir, 'export-fiches-rncp-v4-1-2026-08-16.zip');
  writeFileSync(
    zip,
    zipSync({ 'export-fiches-rncp-v4-1-2026-08-16.xml': sampleBytes('fiches-sample-rncp.xml') }),
  );
  const xml = join(dir, 'rs.xml');
  writeFileSync(xml, sampleBytes('fiches-sample-rs.xml'));

  it('prints the renewal dossier of the fiche asked for, as an export Certifill imports', async () => {
    const result = await run(zip, '--numero', 'RNCP40344');
    expect(result.stderr).toMatch(/^RNCP40344 : \d+ valeurs reprises/);
    expect(result.status).toBe(0);
    const check = parseImport(result.stdout);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.value.dossiers).toHaveLength(1);
    expect(check.value.dossiers[0]).toMatchObject({
      previousCode: 'RNCP40344',
      requestKind: 'renouvellement',
    });
    expect(check.value.dossiers[0]!.groups.partenaires).toHaveLength(24);
    // `npm run import-fiche` (tsx on the source) answers the same, but for the time of the export.
    const viaTsx = cli.viaNpmScript([zip, '--numero', 'RNCP40344']);
    expect(viaTsx).toMatchObject({ status: 0, stderr: result.stderr });
    const again = parseImport(viaTsx.stdout);
    expect(again.ok && again.value.dossiers.map((d) => [d.values, d.groups])).toEqual(
      check.value.dossiers.map((d) => [d.values, d.groups]),
    );
  });

  it('prints one renewal dossier per fiche without --numero', async () => {
    const result = await run(xml);
    expect(result.status).toBe(0);
    const check = parseImport(result.stdout);
    expect(check.ok && check.value.dossiers.map((d) => d.previousCode)).toEqual([
      'RS6547',
      'RS5568',
      'RS7423',
    ]);
  });

  it.each([
    [[join(dir, 'absent.zip')], 2, /Fichier introuvable/],
    [['--numero', 'XYZ', 'x.zip'], 2, /Numéro de fiche invalide/],
  ])('fails in French with a non-zero exit: %j', async (args, status, message) => {
    const result = await run(...args);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('says when the fiche is not in the export, and writes nothing on bad input', async () => {
    const missing = await run(xml, '--numero', 'RS1');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/RS1 n’est pas dans cet export \(3 fiches lues\)/);
    const truncated = join(dir, 'tronque.xml');
    writeFileSync(truncated, sampleBytes('fiches-sample-rncp.xml').subarray(0, 40_000));
    const bad = await run(truncated);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/s’arrête avant la fin/);
    expect(bad.stdout).toBe('');
  });
});
