import { describe, expect, it } from 'vitest';
import { pageProgressText } from '@/components/popup/page-progress-text';

describe('the panel says how far the page is read', () => {
  it('from the content script’s progress, in French with narrow spaces in numbers', () => {
    expect(pageProgressText(null)).toBe('Lecture de la page…');
    expect(pageProgressText({ phase: 'scan', done: 0, total: 20_000 })).toBe(
      'Reconnaissance des champs de la page (20\u202f000 contrôles)…',
    );
    expect(pageProgressText({ phase: 'values', done: 12_000, total: 20_000 })).toBe(
      'Lecture des valeurs : 12\u202f000 champs sur 20\u202f000…',
    );
  });
});
