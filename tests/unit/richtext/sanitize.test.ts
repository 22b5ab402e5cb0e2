// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capturedValue } from '@/components/popup/CaptureFlow';
import { canonicalRich, sanitizeRich, walkRich } from '@/utils/richtext';

describe('sanitizeRich', () => {
  it('keeps the subset and drops scripts, handlers, images and styles', () => {
    const html =
      '<p style="color:red" onclick="x()">a <b>b</b> c<script>alert(1)</script><img src=x onerror=alert(1)></p>' +
      '<style>p{}</style><iframe src="https://x"></iframe><ul><li>x<li>y<ul><li>z</ul></ul>';
    expect(sanitizeRich(html)).toBe(
      '<p>a <strong>b</strong> c</p><ul><li>x</li><li>y<ul><li>z</li></ul></li></ul>',
    );
  });

  it('reads bold, italic and underline from tags and inline styles, and not-bold from Google Docs', () => {
    const html =
      '<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700">Gras</span> ' +
      '<span style="font-style:italic">penché</span> <span style="text-decoration:underline">souligné</span> ' +
      '<i>i</i> <u>u</u></p></b>';
    expect(sanitizeRich(html)).toBe(
      '<p><strong>Gras</strong> <em>penché</em> <u>souligné</u> <em>i</em> <u>u</u></p>',
    );
  });

  it('turns Word’s list paragraphs into nested lists, numbered where Word numbers them', () => {
    const html =
      "<p class=MsoNormal>Intro<o:p></o:p></p><p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>" +
      "<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>" +
      "<b>Un</b><o:p></o:p></p><p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>o<span>&nbsp; </span></span>Sous</p>" +
      "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp; </span></span>Deux</p>" +
      "<p style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>Premier</p>" +
      "<p style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span>Second</p>";
    expect(sanitizeRich(html)).toBe(
      '<p>Intro</p><ul><li><strong>Un</strong><ul><li>Sous</li></ul></li><li>Deux</li></ul><ol><li>Premier</li><li>Second</li></ol>',
    );
  });

  it('reads Quill 2’s flat lists (kind per item, depth as a class) as nested lists', () => {
    const html =
      '<ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>a</li>' +
      '<li data-list="bullet" class="ql-indent-1">b</li><li data-list="ordered">c</li></ol>';
    expect(sanitizeRich(html)).toBe('<ul><li>a<ul><li>b</li></ul></li></ul><ol><li>c</li></ol>');
  });

  it('makes headings bold paragraphs, blocks paragraphs, and drops empty paragraphs', () => {
    expect(sanitizeRich('<h2>Titre</h2><div>texte<br>suite<br></div><p><br></p><p> </p>')).toBe(
      '<p><strong>Titre</strong></p><p>texte<br>suite</p>',
    );
  });

  it('keeps Tiptap’s paragraphs in list items as lines of the item', () => {
    expect(sanitizeRich('<ul><li><p>un</p><p>deux</p><ul><li><p>x</p></li></ul></li></ul>')).toBe(
      '<ul><li>un<br>deux<ul><li>x</li></ul></li></ul>',
    );
  });

  it('keeps links only when asked, and only http(s) and mailto', () => {
    const html = '<p><a href="https://x.fr/a?b=1&amp;c=2">site</a> <a href="javascript:alert(1)">mal</a></p>';
    expect(sanitizeRich(html)).toBe('<p>site mal</p>');
    expect(sanitizeRich(html, { links: true })).toBe(
      '<p><a href="https://x.fr/a?b=1&amp;c=2">site</a> mal</p>',
    );
  });

  it('collapses white space as HTML renders it and keeps no-break spaces', () => {
    expect(sanitizeRich('<p>  un\n   deux  <b> trois </b> «&nbsp;quatre&nbsp;»</p>')).toBe(
      '<p>un deux <strong>trois </strong>«&nbsp;quatre&nbsp;»</p>',
    );
  });

  it('escapes text that looks like markup', () => {
    expect(sanitizeRich('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>',
    );
  });

  it('is idempotent and agrees with the DOM-free reading of its own output', () => {
    const piece = fc.constantFrom(
      'a',
      ' b ',
      '<b>',
      '</b>',
      '<i>',
      '</i>',
      '<u>',
      '<p>',
      '</p>',
      '<ul>',
      '<ol>',
      '<li>',
      '</li>',
      '</ul>',
      '</ol>',
      '<br>',
      '<div>',
      '</div>',
      '<h3>',
      '&amp;',
      '&nbsp;',
      '<span style="font-weight:bold">',
      '</span>',
      '<a href="https://x.fr">',
      '</a>',
      '<script>x</script>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const once = sanitizeRich(parts.join(''), { links: true });
        expect(sanitizeRich(once, { links: true })).toBe(once);
        expect(canonicalRich(once, { links: true })).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('walkRich: the content script’s form (schema walk over an inert parse, no DOMPurify)', () => {
  const cases = [
    '<p style="color:red" onclick="x()">a <b>b</b> c<script>alert(1)</script><img src=x onerror=alert(1)></p><style>p{}</style><iframe src="https://x"></iframe><ul><li>x<li>y<ul><li>z</ul></ul>',
    '<ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>a</li><li data-list="bullet" class="ql-indent-1">b</li><li data-list="ordered">c</li></ol>',
    '<h2>Titre</h2><div>texte<br>suite<br></div><p><br></p><p> </p>',
    '<p><a href="https://x.fr/a?b=1&amp;c=2">site</a> <a href="javascript:alert(1)">mal</a></p>',
    '<svg><script>alert(1)</script></svg><math><mi xlink:href="javascript:alert(1)">m</mi></math><p>&lt;b&gt;texte&lt;/b&gt;</p>',
  ];

  it.each(cases)('gives what sanitizeRich gives: %j', (html) => {
    expect(walkRich(html)).toBe(sanitizeRich(html));
    expect(walkRich(html, { links: true })).toBe(sanitizeRich(html, { links: true }));
    expect(walkRich(html)).not.toMatch(/<(script|img|iframe|svg|style)|on\w+=|javascript:/i);
  });

  it('escapes text that looks like markup', () => {
    expect(walkRich('<p>&lt;script&gt;x&lt;/script&gt; &amp; co</p>')).toBe(
      '<p>&lt;script&gt;x&lt;/script&gt; &amp; co</p>',
    );
  });
});

describe('the capture boundary', () => {
  it('sanitizes captured formatted text before it is saved, links only where the field takes them', () => {
    const html = '<p onclick="x()">a <a href="https://x.fr">lien</a></p><script>alert(1)</script>';
    expect(capturedValue('fiche.activitesVisees', html)).toBe('<p>a lien</p>');
    expect(capturedValue('rncp.critere1.argumentaire', html)).toBe(
      '<p>a <a href="https://x.fr">lien</a></p>',
    );
    expect(capturedValue('fiche.blocs[2].listeCompetences', '<ul><li>x<img src=y></li></ul>')).toBe(
      '<ul><li>x</li></ul>',
    );
    expect(capturedValue('fiche.intitule', 'Technicien <réseaux>')).toBe('Technicien <réseaux>');
    expect(capturedValue('fiche.codesRome', ['M1805'])).toEqual(['M1805']);
  });
});
