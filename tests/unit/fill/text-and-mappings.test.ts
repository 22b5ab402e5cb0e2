// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockText } from '@/utils/fill/bridge/block-text';
import { buildMappingsExport, parseMappingsImport } from '@/utils/fill/mapping-transfer';
import { matchOption } from '@/utils/fill/options';
import { sanitizeHtml, textToHtml } from '@/utils/fill/sanitize-html';

const el = (markup: string) => Object.assign(document.createElement('div'), { innerHTML: markup });

describe('rich text as plain text', () => {
  it('reads an editor’s paragraphs, empty lines and lists as lines', () => {
    expect(blockText(el('<p>Un</p><p><br></p><p>Deux<br>suite</p><ul><li>a</li><li>b</li></ul>'))).toBe(
      'Un\n\nDeux\nsuite\na\nb',
    );
  });

  it('keeps only harmless formatting when pasting HTML', () => {
    const out = sanitizeHtml(
      '<p onclick="x()">Texte <script>alert(1)</script><a href="javascript:x">lien</a> <a href="https://ex.fr">ok</a></p><img src=x onerror=y>',
    );
    expect(out).toBe('<p>Texte <a>lien</a> <a href="https://ex.fr">ok</a></p>');
    expect(textToHtml('a < b\n\nc')).toBe('<p>a &lt; b</p><p><br></p><p>c</p>');
  });
});

describe('option matching', () => {
  it('is accent-, case- and apostrophe-insensitive and refuses ambiguity', () => {
    const options = [
      { value: 'h1', label: "Habilitation pour organiser l'évaluation" },
      { value: 'h2', label: 'Habilitation pour former' },
    ];
    expect(matchOption(options, 'HABILITATION_ORGANISER', 'habilitationPartenaire')?.value).toBe('h1');
    expect(matchOption(options, 'habilitation pour organiser l’evaluation')?.value).toBe('h1');
    expect(matchOption(options, 'Habilitation')).toBeNull();
  });
});

describe('sharing taught mappings', () => {
  const m = {
    id: 3,
    signature: 'text|reference interne',
    host: 'certifpro.francecompetences.fr',
    pathPattern: '/webapp/rncp/demandes/*/identification',
    fieldPath: 'none',
    createdAt: '2026-11-23T10:00:00.000Z',
  };

  it('round-trips through the export file, ids dropped', () => {
    const r = parseMappingsImport(buildMappingsExport([m]));
    expect(r).toEqual({ ok: true, mappings: [{ ...m, id: undefined }].map(({ id: _id, ...x }) => x) });
  });

  it('refuses other files with a French message', () => {
    expect(parseMappingsImport('pas du json')).toEqual({
      ok: false,
      errors: ['Ce fichier n’est pas un JSON valide.'],
    });
    expect(parseMappingsImport('{"format":"autre"}')).toMatchObject({
      ok: false,
      errors: ['Ce fichier n’est pas un export de correspondances Certifill.'],
    });
    const bad = parseMappingsImport(
      JSON.stringify({
        format: 'certifill-correspondances',
        version: 1,
        exportedAt: 'x',
        mappings: [{ ...m, fieldPath: '' }],
      }),
    );
    expect(bad.ok).toBe(false);
  });
});
