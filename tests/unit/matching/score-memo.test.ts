// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectScope } from '@/utils/matching/cues';
import { adjustKey, evidenceKey } from '@/utils/matching/evidence-key';
import { describeRoot, scanRoot } from '@/utils/matching/scan';
import { scoreDescription } from '@/utils/matching/score';
import { createScoreMemo, scoreMemoised, sharedScoreMemo } from '@/utils/matching/score-memo';
import { createSettingTrie, settingSlot } from '@/utils/matching/setting-trie';
import { FIXTURES, loadPage, readFixture } from './harness';

/**
 * A scan scores each distinct wording once (evidence-key.ts). Sharing those scores must change
 * nothing: on every saved page and markup, memoised and fresh scores are the same, to the bit.
 */

const files = [
  ...readdirSync(resolve(FIXTURES, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `pages/${f}`),
  ...readdirSync(resolve(FIXTURES, 'markups'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `markups/${f}`),
];

describe('score memo', () => {
  it('has pages to check', () => expect(files.length).toBeGreaterThan(10));

  it.each(files)('%s: same candidates with and without the memo', (file) => {
    loadPage(readFixture(file));
    const memo = createScoreMemo();
    let described = 0;
    for (const repertoire of ['RNCP', 'RS', undefined] as const)
      for (const desc of describeRoot(document)) {
        const scope = detectScope(desc.scopeTexts);
        const fresh = scoreDescription(desc, repertoire, scope);
        expect(scoreMemoised(desc, repertoire, scope, memo)).toEqual(fresh);
        described++;
      }
    expect(described).toBeGreaterThan(0);
    // Repeated wordings share an entry: never more entries than descriptions.
    expect(memo.words.size).toBeLessThanOrEqual(memo.candidates.size);
    expect(memo.candidates.size).toBeLessThanOrEqual(described);
  });

  it('keeps unknown name words of unlabelled controls apart (they weigh in precision)', () => {
    document.body.innerHTML = `
      <input name="nb_certifies">
      <input name="nb_certifies_gateau">
      <input name="nb_certifies_gateau_poire_melon">`;
    const memo = createScoreMemo();
    const scores = describeRoot(document).map((desc) => {
      const shared = scoreMemoised(desc, 'RNCP', detectScope(desc.scopeTexts), memo);
      expect(shared).toEqual(scoreDescription(desc, 'RNCP'));
      return shared[0]?.score;
    });
    expect(memo.words.size).toBe(3);
    expect(new Set(scores).size).toBe(3);
  });

  it('keeps apart same wordings in different settings (kind, type, options, criterion, voie)', () => {
    document.body.innerHTML = `
      <fieldset><legend>Critère 12</legend>
        <label for="a">Éléments de preuve</label><textarea id="a"></textarea></fieldset>
      <fieldset><legend>Critère</legend>
        <label for="b">Éléments de preuve</label><textarea id="b"></textarea></fieldset>
      <fieldset><legend>Par l'expérience</legend>
        <label for="c">Composition du jury</label><input id="c"></fieldset>
      <fieldset><legend>Expérience</legend>
        <label for="d">Composition du jury</label><input id="d"></fieldset>
      <label for="e">Niveau</label><input id="e">
      <label for="f">Niveau</label><input id="f" type="number">
      <label for="g">Niveau</label><select id="g"><option>Niveau 6</option><option>Niveau 7</option></select>
      <label for="h">Niveau</label><select id="h"><option>Oui</option><option>Non</option></select>
      <label for="i">Niveau</label><select id="i"></select>
      <label for="j">Niveau</label><textarea id="j"></textarea>`;
    const memo = createScoreMemo();
    const keys = new Set<string>();
    for (const desc of describeRoot(document)) {
      const scope = detectScope(desc.scopeTexts);
      keys.add(JSON.stringify(scope));
      expect(scoreMemoised(desc, 'RNCP', scope, memo)).toEqual(scoreDescription(desc, 'RNCP', scope));
    }
    // Three wordings, in settings the words alone do not tell apart.
    expect(memo.words.size).toBe(3);
    expect(memo.candidates.size).toBe(10);
    expect(keys.size).toBeGreaterThan(2);
  });

  it('shares one memo across pages and scans: every page scores as if fresh', () => {
    const memo = createScoreMemo();
    for (const pass of [1, 2])
      for (const file of files) {
        loadPage(readFixture(file));
        for (const desc of describeRoot(document)) {
          const scope = detectScope(desc.scopeTexts);
          const fresh = scoreDescription(desc, 'RNCP', scope);
          expect(scoreMemoised(desc, 'RNCP', scope, memo), `${file}, pass ${pass}`).toEqual(fresh);
        }
      }
    expect(memo.candidates.size).toBeGreaterThan(files.length);
  });

  it('the trie of settings met before never gives two evidence keys one slot', () => {
    const trie = createSettingTrie();
    const keyOfSlot = new Map<unknown, Map<string, string>>();
    let slots = 0;
    // Texts that move from one list to the next (own, secondary), a search box by its role alone.
    const synthetic = `<h3 id="t">Intitulé</h3>
      <div><label for="a">Code</label><input id="a" aria-label="Intitulé"></div>
      <div><label for="b">Code</label><input id="b" aria-labelledby="t b-l"><span id="b-l">Code</span></div>
      <div><input role="searchbox" aria-label="Intitulé"></div>
      <div><input aria-label="Intitulé"></div>`;
    for (const file of ['synthetic', ...files]) {
      loadPage(file === 'synthetic' ? synthetic : readFixture(file));
      for (const repertoire of ['RNCP', 'RS', ''])
        for (const desc of describeRoot(document)) {
          const scope = detectScope(desc.scopeTexts);
          const { leaves, key } = settingSlot(trie, desc, repertoire, scope);
          const coarse = `${evidenceKey(desc, repertoire)}|${adjustKey(desc, scope)}`;
          const byKey = keyOfSlot.get(leaves) ?? new Map<string, string>();
          keyOfSlot.set(leaves, byKey);
          if (!byKey.has(key)) slots++;
          expect(byKey.get(key) ?? coarse, file).toBe(coarse);
          byKey.set(key, coarse);
        }
    }
    expect(slots).toBeGreaterThan(100);
  });

  it('a rescan gives what the first scan gave, from the memo the scans share', () => {
    loadPage(readFixture(files[0] as string));
    const key = () => scanRoot(document).map((f) => [f.path, f.confidence, f.decision, f.candidates]);
    const first = key();
    const memo = sharedScoreMemo();
    expect(memo.candidates.size).toBeGreaterThan(0);
    expect(key()).toEqual(first);
    expect(sharedScoreMemo()).toBe(memo);
  });
});
