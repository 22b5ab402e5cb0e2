import { describe, expect, it } from 'vitest';
import { isRichHtml, plainFromRich, richFromPlain, visibleLength, visibleText } from '@/utils/richtext';

describe('richFromPlain', () => {
  it('makes paragraphs of blank-line blocks and keeps single line breaks', () => {
    expect(richFromPlain('Intro\nligne 2\n\nSuite')).toBe('<p>Intro<br>ligne 2</p><p>Suite</p>');
  });

  it('turns « - », « * », « • » and « 1. » lines into lists, nested by indentation', () => {
    expect(richFromPlain('Objectifs :\n- un\n* deux\n  • deux.a\n    suite\n1. x\n2) y\nfin')).toBe(
      '<p>Objectifs&nbsp;:</p>'.replace('&nbsp;', ' ') +
        '<ul><li>un</li><li>deux<ul><li>deux.a<br>suite</li></ul></li></ul><ol><li>x</li><li>y</li></ol><p>fin</p>',
    );
  });

  it('escapes what looks like markup', () => {
    expect(richFromPlain('a <b> & c')).toBe('<p>a &lt;b&gt; &amp; c</p>');
  });

  it('gives nothing for blank text', () => {
    expect(richFromPlain(' \n\n ')).toBe('');
  });
});

describe('plainFromRich', () => {
  it('renders bullets, numbers, nesting and a blank line between blocks', () => {
    const html =
      '<p><strong>Intro</strong><br>suite</p><ul><li>un</li><li>deux<ul><li>a</li></ul></li></ul><ol><li>x<br>x2</li><li>y</li></ol><p>fin</p>';
    expect(plainFromRich(html)).toBe('Intro\nsuite\n\n- un\n- deux\n  - a\n\n1. x\n   x2\n2. y\n\nfin');
  });

  it('keeps a link’s address when its text differs', () => {
    expect(
      plainFromRich(
        '<p>Voir <a href="https://x.fr">le site</a>, <a href="https://y.fr">https://y.fr</a></p>',
      ),
    ).toBe('Voir le site (https://x.fr), https://y.fr');
  });

  it('decodes entities and reads older plain values as plain text', () => {
    expect(plainFromRich('<p>R&amp;D «&nbsp;oui&nbsp;»</p>')).toBe('R&D «\u00a0oui\u00a0»');
    expect(plainFromRich('- un\n- deux')).toBe('- un\n- deux');
  });

  it('round-trips the plain rendering of a list through richFromPlain', () => {
    const html = '<p>Intro</p><ul><li>un</li><li>deux<ul><li>a</li></ul></li></ul><ol><li>x</li></ol>';
    expect(richFromPlain(plainFromRich(html))).toBe(html);
  });
});

describe('visibleText / visibleLength', () => {
  it('counts what the editor shows: one line per paragraph and item, no markers', () => {
    const html = '<p>Intro</p><ul><li>un</li><li>deux<ul><li>a</li></ul></li></ul>';
    expect(visibleText(html)).toBe('Intro\nun\ndeux\na');
    expect(visibleLength(html)).toBe(15);
    expect(visibleLength('<p>👩‍💻 &amp; e\u0301</p>')).toBe(5);
  });

  it('is shorter than the plain rendering, which adds bullets and blank lines', () => {
    const html = '<p>a</p><ul><li>b</li></ul>';
    expect(visibleText(html)).toBe('a\nb');
    expect(plainFromRich(html)).toBe('a\n\n- b');
  });
});

describe('isRichHtml', () => {
  it('tells stored HTML from older plain text', () => {
    expect(isRichHtml('<p>a</p>')).toBe(true);
    expect(isRichHtml('a < b et c > d')).toBe(false);
  });
});
