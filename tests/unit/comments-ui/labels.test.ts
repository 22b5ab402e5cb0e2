import { describe, expect, it } from 'vitest';
import { criterionGroups, fieldsForCriterion } from '@/components/comments/criterion-choice';
import { editorHash } from '@/components/comments/field-target';
import {
  confidenceText,
  criterionFor,
  criterionName,
  progressText,
  remainingText,
  rulesText,
} from '@/components/comments/labels';
import { toPreview, toTracked } from '@/components/comments/preview';
import { linkComments } from '@/utils/comments';

describe('labels', () => {
  it('names criteria by repertoire and number', () => {
    expect(criterionName('RNCP', '6')).toBe("RNCP 6° — Accès par la validation des acquis de l'expérience");
    expect(criterionName('RS', '1 bis')).toMatch(/^RS 1° bis — Impact/);
    expect(criterionName('RNCP', 'R6113-8-1 2°')).toBe(
      "Refus sans examen (R. 6113-8-1, 2°) — reproduction littérale d'un référentiel existant",
    );
    expect(criterionName('RS', 'recevabilite')).toMatch(/^Recevabilité \/ complétude/);
  });

  it('counts in French', () => {
    expect(remainingText(0)).toBe('Aucune remarque à traiter');
    expect(remainingText(1)).toBe('1 remarque à traiter');
    expect(remainingText(3)).toBe('3 remarques à traiter');
    expect(progressText(4, 7)).toBe('4\u202f/\u202f7 corrigées');
    expect(confidenceText(0.95)).toBe('confiance élevée · 95\u202f%');
    expect(confidenceText(0.5)).toMatch(/^confiance moyenne/);
    expect(confidenceText(0.2)).toMatch(/^confiance faible/);
  });

  it('words the criteria for the filing date', () => {
    const before = { repertoire: 'RNCP' as const, filedOn: '2025-09-30' };
    const after = { repertoire: 'RNCP' as const, filedOn: '2025-10-01' };
    expect(criterionFor(before, '1')?.wordingVersion).toBe('previous');
    expect(criterionFor(after, '1')?.wordingVersion).toBe('current');
    expect(rulesText(before)).toMatch(/rédaction 2021-2025/);
    expect(rulesText(after)).toMatch(/décret n° 2025-500/);
    const numbers = (rules: typeof before) =>
      criterionGroups(rules, null).flatMap((g) => g.options.map((o) => o.value));
    expect(numbers(before)).not.toContain('2 bis');
    expect(numbers(after)).toContain('2 bis');
    expect(numbers(after)).toContain('R6113-8-1 2°');
    // An engine match on an item not yet in force stays selectable, flagged.
    expect(criterionGroups(before, '2 bis').at(-1)?.label).toBe('Non applicable à cette date de dépôt');
  });
});

describe('preview and tracking', () => {
  it('turns the engine’s answer into tracked comments of one request', () => {
    const preview = toPreview(
      linkComments('1. La composition du jury VAE n’est pas précisée.\n2. Cordialement, bonne journée', {
        repertoire: 'RNCP',
      }),
    );
    const tracked = toTracked(preview.entries, 'd1', '2026-03-12');
    expect(tracked.length).toBeGreaterThanOrEqual(1);
    expect(new Set(tracked.map((t) => t.requestId)).size).toBe(1);
    expect(tracked[0]).toMatchObject({ dossierId: 'd1', criterion: '6', status: 'a_traiter', position: 0 });
  });

  it('lists the fields of a chosen criterion after those the comment names', () => {
    const rules = { repertoire: 'RNCP' as const, filedOn: null };
    const fields = fieldsForCriterion(rules, '4', 'Les codes ROME sont absents.');
    expect(fields[0]).toBe('fiche.codesRome');
    expect(fields).toContain('rncp.critere4.argumentaire');
    expect(fieldsForCriterion(rules, null, 'rien')).toEqual([]);
  });

  it('deep-links a field, or the section of an empty group', () => {
    const empty = { id: 'd1', groups: {} };
    expect(editorHash(empty, 'fiche.codesRome')).toBe('#/dossier/d1/champ/fiche.codesRome');
    expect(editorHash(empty, 'promotions[].annee')).toBe('#/dossier/d1/section/promotions');
    expect(editorHash({ id: 'd1', groups: { promotions: [{}] } }, 'promotions[].annee')).toBe(
      `#/dossier/d1/champ/${encodeURIComponent('promotions[0].annee')}`,
    );
  });
});
