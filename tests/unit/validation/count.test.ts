import { describe, expect, it } from 'vitest';
import { countCharacters } from '@/utils/validation';

describe('countCharacters counts as a person does', () => {
  it('counts plain text, spaces and line breaks', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('abc')).toBe(3);
    expect(countCharacters('a b')).toBe(3);
    expect(countCharacters('a\nb')).toBe(3);
    expect(countCharacters('  ')).toBe(2);
  });

  it('counts precomposed French letters once', () => {
    expect(countCharacters('éèàçœ')).toBe(5);
    expect(countCharacters('« Été »')).toBe(7);
  });

  it('counts a letter with a combining accent once', () => {
    expect(countCharacters('e\u0301')).toBe(1);
    expect(countCharacters('Re\u0301sume\u0301')).toBe(6);
    expect(countCharacters('e\u0301'.normalize('NFC'))).toBe(1);
  });

  it('counts an emoji as one character, including ZWJ sequences, skin tones and flags', () => {
    expect(countCharacters('👩‍💻')).toBe(1);
    expect(countCharacters('👍🏽')).toBe(1);
    expect(countCharacters('🇫🇷')).toBe(1);
    expect(countCharacters('👨‍👩‍👧‍👦')).toBe(1);
    expect(countCharacters('ok 👩‍💻!')).toBe(5);
  });

  it('counts CRLF as one line break, like LF', () => {
    expect(countCharacters('a\r\nb')).toBe(3);
    expect(countCharacters('a\r\n\r\nb')).toBe(countCharacters('a\n\nb'));
    expect(countCharacters('a\rb')).toBe(3);
  });

  it('counts tabs, no-break spaces and the euro sign once each', () => {
    expect(countCharacters('1\u202f234\u00a0€\t')).toBe(8);
  });
});
