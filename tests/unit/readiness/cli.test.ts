import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getField } from '@/utils/catalogue';
import { readiness } from '../../../scripts/cli/readiness';
import { cliRunner } from '../../helpers/cli';

const root = resolve(__dirname, '../../..');
const samples = resolve(root, 'tests/fixtures/dossiers');
const cli = cliRunner('readiness', readiness);
const run = (...args: string[]) => cli.run(args);
const stdoutOf = async (...args: string[]) => (await run(...args)).stdout;
const tmp = mkdtempSync(join(tmpdir(), 'certifill-readiness-'));

function write(name: string, content: unknown): string {
  const file = join(tmp, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** What a version-2 export holds: every long text as sanitized HTML paragraphs. */
function toVersion2(file: string) {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  json.version = 2;
  for (const d of json.dossiers)
    for (const [id, v] of Object.entries(d.values))
      if (getField(id)?.kind === 'textarea' && typeof v === 'string' && v !== '' && !v.startsWith('<'))
        d.values[id] = v
          .split('\n')
          .map((line) => `<p>${escapeHtml(line)}</p>`)
          .join('');
  return json;
}

// The first case also starts Node through tsx (1 to 5 s on a busy machine).
describe('readiness CLI', { timeout: 90_000 }, () => {
  it('prints one entry per dossier with its criteria, statuses and findings', async () => {
    const result = await run(join(samples, 'sample-rncp.json'), '--on', '2026-12-01');
    expect(result.status).toBe(0);
    // `npm run readiness` (tsx on the source) answers the same.
    expect(cli.viaNpmScript([join(samples, 'sample-rncp.json'), '--on', '2026-12-01'])).toMatchObject({
      status: 0,
      stdout: result.stdout,
    });
    const out = JSON.parse(result.stdout);
    expect(out).toHaveLength(1);
    expect(Object.keys(out[0]).sort()).toEqual(['criteria', 'id']);
    expect(out[0].id).toBe('exemple-rncp-tsrc');
    for (const c of out[0].criteria) {
      expect(Object.keys(c).sort()).toEqual(['criterion', 'findings', 'status']);
      expect(['pret', 'a-completer', 'bloquant']).toContain(c.status);
      for (const f of c.findings) expect(Object.keys(f).sort()).toEqual(['message', 'paths']);
    }
    const six = out[0].criteria.find((c: { criterion: string }) => c.criterion === '6');
    expect(six).toEqual({
      criterion: '6',
      status: 'a-completer',
      findings: [
        {
          message: expect.stringMatching(/dispositif de VAE/),
          paths: ['pieces.dispositifVae', 'rncp.critere6.argumentaire'],
        },
      ],
    });
  });

  it('reads the rules of the date given with --on', async () => {
    const before = JSON.parse(await stdoutOf(join(samples, 'sample-rs.json'), '--on=2025-06-01'));
    expect(before[0].criteria.map((c: { criterion: string }) => c.criterion)).toEqual([
      'recevabilite',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    const later = JSON.parse(await stdoutOf(join(samples, 'sample-rs.json'), '--on', '2027-03-01'));
    expect(later[0].criteria[0].status).toBe('bloquant');
    expect(JSON.stringify(later[0].criteria[0].findings)).toMatch(/aura plus de 3 mois le 01\/03\/2027/);
  });

  it('gives the same answer for a version-2 export (formatted text) as for version 1', async () => {
    for (const name of ['sample-rncp.json', 'sample-rs.json']) {
      const v1 = await run(join(samples, name), '--on', '2026-12-01');
      const v2 = await run(write(`v2-${name}`, toVersion2(join(samples, name))), '--on', '2026-12-01');
      expect(v2.status).toBe(0);
      expect(JSON.parse(v2.stdout)).toEqual(JSON.parse(v1.stdout));
    }
  });

  it('counts the file’s open instructor remarks under their criterion', async () => {
    const json = JSON.parse(readFileSync(join(samples, 'sample-rs.json'), 'utf8'));
    const at = '2026-11-20T10:00:00.000Z';
    const comment = (id: string, criterion: string, status: string) => ({
      id,
      dossierId: 'exemple-rs-irve',
      requestId: 'r1',
      position: 0,
      text: `Précisez les modalités du critère ${criterion}.`,
      criterion,
      criterionByUser: false,
      confidence: 0.9,
      fields: ['rs.critere4.argumentaire'],
      status,
      note: '',
      createdAt: at,
      updatedAt: at,
      receivedOn: null,
    });
    json.dossiers[0].comments = [comment('c1', '4', 'a_traiter'), comment('c2', '5', 'corrige')];
    const out = JSON.parse(await stdoutOf(write('with-remarks.json', json), '--on', '2026-12-01'));
    const four = out[0].criteria.find((c: { criterion: string }) => c.criterion === '4');
    expect(four).toEqual({
      criterion: '4',
      status: 'a-completer',
      findings: [
        {
          message:
            'Remarque de l’instructeur à traiter\u00a0: «\u00a0Précisez les modalités du critère 4.\u00a0»',
          paths: ['rs.critere4.argumentaire'],
        },
      ],
    });
    expect(out[0].criteria.find((c: { criterion: string }) => c.criterion === '5')).toEqual({
      criterion: '5',
      status: 'pret',
      findings: [],
    });
  });

  it.each([
    [['--on', '2026-12-01'], /Indiquez le fichier/],
    [[join(samples, 'sample-rs.json'), '--on', '2026-13-01'], /Date de dépôt invalide/],
    [[join(samples, 'sample-rs.json'), '--verbose'], /Option inconnue/],
    [[join(tmp, 'absent.json')], /Impossible de lire le fichier/],
    [[write('broken.json', '{"format": "certifill-dossiers", "vers')], /pas un JSON valide/],
    [[write('other.json', { format: 'autre', version: 1, dossiers: [] })], /pas un export Certifill/],
    [
      [write('future.json', { format: 'certifill-dossiers', version: 9, dossiers: [] })],
      /version plus récente/,
    ],
    [
      [write('bad.json', { format: 'certifill-dossiers', version: 1, dossiers: [{ id: 'x' }] })],
      /dossiers\[0\]\.name/,
    ],
  ])('fails with exit code 2 and a French message: %j', async (args, message) => {
    const result = await run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
