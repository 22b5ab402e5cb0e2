import { describe, expect, it } from 'vitest';
import { countCharacters, plainTextOfHtml } from '@/utils/validation';

describe('plainTextOfHtml', () => {
  it('returns plain text unchanged', () => {
    expect(plainTextOfHtml('Bonjour  à tous\nsuite')).toBe('Bonjour  à tous\nsuite');
  });

  it('drops tags and keeps inline text together', () => {
    expect(plainTextOfHtml('<p>Un <strong>mot</strong> <em>clé</em></p>')).toBe('Un mot clé');
  });

  it('turns paragraphs, <br> and list items into line breaks', () => {
    expect(plainTextOfHtml('<p>a</p><p>b</p>')).toBe('a\nb');
    expect(plainTextOfHtml('a<br>b<br/>c')).toBe('a\nb\nc');
    expect(plainTextOfHtml('<ul><li>un</li><li>deux</li></ul>')).toBe('un\ndeux');
    expect(plainTextOfHtml('<p>intro</p><ol><li>x</li></ol><p>fin</p>')).toBe('intro\nx\nfin');
  });

  it('keeps an empty paragraph (Quill’s <p><br></p>) as an empty line, not two', () => {
    expect(plainTextOfHtml('<p>a</p><p><br></p><p>b</p>')).toBe('a\n\nb');
    expect(plainTextOfHtml('<p>a<br></p><p>b</p>')).toBe('a\nb');
  });

  it('decodes named, accented and numeric entities', () => {
    expect(
      plainTextOfHtml('<p>R&amp;D &lt;3 &eacute;t&eacute; &Agrave; &ccedil;a &#233; &#x2019; &nbsp;</p>'),
    ).toBe('R&D <3 été À ça é ’ \u00a0');
    expect(plainTextOfHtml('&laquo;&nbsp;oui&nbsp;&raquo;')).toBe('«\u00a0oui\u00a0»');
  });

  it('leaves unknown entities as they are', () => {
    expect(plainTextOfHtml('a &foo; b &')).toBe('a &foo; b &');
  });

  it('ignores comments, scripts, styles and the source’s formatting line breaks', () => {
    const html =
      '<p>\n  Ligne\n  suite\n</p>\n<!-- note -->\n<style>p{}</style><script>x()</script><p>deux</p>';
    expect(plainTextOfHtml(html)).toBe('Ligne suite\ndeux');
  });

  it('counts rich text by its visible characters', () => {
    expect(countCharacters(plainTextOfHtml('<p>👩‍💻 &amp; e\u0301</p><p>x</p>'))).toBe(7);
  });
});
