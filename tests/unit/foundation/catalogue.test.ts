import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CATALOGUE, enumOptions, fieldsFor, GROUPS, getField, SECTIONS } from '@/utils/catalogue';
import { readDomain } from '../../helpers/domain';

const RequiredRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  z.object({ kind: z.literal('never') }),
  z.object({ kind: z.literal('when'), field: z.string(), equals: z.string(), because: z.string().min(1) }),
]);

const Entry = z.object({
  id: z.string().regex(/^[a-z][\w.]*(\[\]\.\w+)?$/i),
  section: z.enum(SECTIONS.map((s) => s.id) as [string, ...string[]]),
  label: z.string().min(2),
  shortLabel: z.string().min(2),
  synonyms: z.array(z.string().min(2)),
  kind: z.enum(['text', 'textarea', 'select', 'multiselect', 'number', 'file']),
  repertoire: z.enum(['RNCP', 'RS', 'both']),
  required: RequiredRule,
  maxLength: z.number().int().positive().nullable(),
  enumRef: z.string().nullable(),
  richText: z.boolean(),
  group: z.string().nullable(),
  key: z.string().min(1),
});

describe('field catalogue', () => {
  const domain = readDomain<{ id: string; enumRef: string | null }[]>('fc-fields.json');

  it('holds every id of fc-fields.json, once', () => {
    const ids = CATALOGUE.map((f) => f.id);
    for (const d of domain) expect(ids).toContain(d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('matches its zod schema', () => {
    for (const f of CATALOGUE) expect(() => Entry.parse(f), f.id).not.toThrow();
  });

  it('points conditional requirements at existing fields and enum values', () => {
    for (const f of CATALOGUE) {
      if (f.required.kind !== 'when') continue;
      const dep = getField(f.required.field);
      expect(dep, f.id).toBeDefined();
      const values = enumOptions(dep?.enumRef ?? null).map((o) => o.label);
      expect(values, f.id).toContain(f.required.equals);
    }
  });

  it('makes jury composition required only when the voie d’accès is open', () => {
    expect(getField('fiche.voiesAcces.vae.compositionJury')?.required).toMatchObject({
      kind: 'when',
      field: 'fiche.voiesAcces.vae.autorise',
      equals: 'Autorisé',
    });
  });

  it('resolves every enumRef that has values or a pattern', () => {
    for (const f of CATALOGUE)
      if (f.enumRef) expect(readDomain<Record<string, unknown>>('fc-enums.json')).toHaveProperty(f.enumRef);
  });

  it('assigns group members to a known group', () => {
    const groups = new Set(GROUPS.map((g) => g.id));
    for (const f of CATALOGUE.filter((x) => x.id.includes('[]')))
      expect(groups.has(f.group as never), f.id).toBe(true);
    expect(getField('fiche.blocs[].libelle')).toMatchObject({ group: 'fiche.blocs', key: 'libelle' });
  });

  it('splits fields by repertoire', () => {
    expect(fieldsFor('RS').some((f) => f.id.startsWith('fiche.blocs'))).toBe(false);
    expect(fieldsFor('RNCP').some((f) => f.id.startsWith('rs.'))).toBe(false);
    expect(fieldsFor('RS').some((f) => f.id === 'demande.categorieRS')).toBe(true);
  });
});
