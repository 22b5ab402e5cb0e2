import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDto } from '@/utils/dossier/model';
import { parseImport } from '@/utils/transfer/parse-import';
import { validateDossier } from '@/utils/validation';

const read = (name: string) => readFileSync(resolve(__dirname, '../../fixtures/dossiers', name), 'utf8');

describe('sample dossiers (tests/fixtures/dossiers)', () => {
  for (const [file, repertoire] of [
    ['sample-rncp.json', 'RNCP'],
    ['sample-rs.json', 'RS'],
  ] as const) {
    it(`${file} imports cleanly as a ${repertoire} dossier`, () => {
      const r = parseImport(read(file));
      if (!r.ok) throw new Error(r.errors.join('\n'));
      const [d] = r.value.dossiers;
      expect(d?.repertoire).toBe(repertoire);
      expect(d?.attachments.length).toBeGreaterThan(0);
      const errors = validateDossier(toDto(d!), { today: new Date('2026-11-23') }).filter(
        (p) => p.severity === 'error',
      );
      expect(errors.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
    });
  }
});
