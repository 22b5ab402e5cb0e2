// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  type CatalogueField,
  catalogueId,
  type Enums,
  enumLabels,
  firstInstance,
  parseSnapshot,
  readDomain,
  readIndex,
} from './snapshots';

const fields = readDomain<CatalogueField[]>('fc-fields.json');
const enums = readDomain<Enums>('fc-enums.json');
const byId = new Map(fields.map((field) => [field.id, field]));
const index = readIndex();
const docs = new Map(index.map((entry) => [entry.file, parseSnapshot(entry.file)]));

const truthsOf = (doc: Document) =>
  [...doc.querySelectorAll('[data-truth]')].map((el) => el.getAttribute('data-truth') ?? '');

function truthsFor(filter: (repertoire: string | null) => boolean): Set<string> {
  const found = new Set<string>();
  for (const entry of index.filter((e) => filter(e.repertoire))) {
    for (const truth of truthsOf(docs.get(entry.file)!)) found.add(truth);
  }
  return found;
}

const expectedFor = (repertoire: 'RNCP' | 'RS') =>
  fields
    .filter((f) => !f.id.startsWith('compte.') && (f.repertoire === 'both' || f.repertoire === repertoire))
    .map((f) => firstInstance(f.id));

describe('reconstruction snapshots cover the catalogue', () => {
  it('lists the account page and every tab of both demandes', () => {
    expect(index.map((e) => e.name)).toContain('compte-creation');
    for (const repertoire of ['RNCP', 'RS'] as const) {
      expect(
        index.filter((e) => e.repertoire === repertoire && e.page === 'demande').length,
      ).toBeGreaterThanOrEqual(8);
    }
  });

  it.each(['RNCP', 'RS'] as const)('has every %s field of fc-fields.json as a data-truth', (repertoire) => {
    const found = truthsFor((r) => r === repertoire);
    expect(expectedFor(repertoire).filter((id) => !found.has(id))).toEqual([]);
  });

  it('has every compte.* field on the account page', () => {
    const found = new Set(truthsOf(docs.get('compte-creation.html')!));
    const missing = fields.filter((f) => f.id.startsWith('compte.') && !found.has(f.id)).map((f) => f.id);
    expect(missing).toEqual([]);
  });

  it('shows only fields of the page’s répertoire', () => {
    for (const entry of index.filter((e) => e.repertoire === 'RNCP' || e.repertoire === 'RS')) {
      const foreign = truthsOf(docs.get(entry.file)!)
        .filter((truth) => truth !== 'none')
        .filter(
          (truth) => ![entry.repertoire, 'both'].includes(byId.get(catalogueId(truth))?.repertoire ?? ''),
        );
      expect(foreign, entry.file).toEqual([]);
    }
  });

  it('uses only catalogue ids or "none", and has non-catalogue controls', () => {
    const all = truthsFor(() => true);
    expect([...all].filter((truth) => truth !== 'none' && !byId.has(catalogueId(truth)))).toEqual([]);
    expect(all.has('none')).toBe(true);
  });

  it('lists in index.json the data-truth values of each snapshot', () => {
    for (const entry of index)
      expect(new Set(entry.truths)).toEqual(new Set(truthsOf(docs.get(entry.file)!)));
  });
});

describe('reconstruction snapshots look like the platform', () => {
  it('shows the reconstruction notice and a footer on every page', () => {
    for (const [file, doc] of docs) {
      expect(doc.querySelector('.fr-notice')?.textContent, file).toContain(
        'Reconstruction de Certif Pro — page de démonstration, non affiliée à France compétences',
      );
      expect(doc.querySelector('footer.fr-footer'), file).not.toBeNull();
    }
  });

  it('uses the French enum labels as select and radio values', () => {
    for (const [file, doc] of docs) {
      for (const el of doc.querySelectorAll<HTMLElement>(
        'select[data-truth], input[type=radio][data-truth]',
      )) {
        const field = byId.get(catalogueId(el.getAttribute('data-truth') ?? ''));
        const values = field?.enumRef ? enums[field.enumRef]?.values : undefined;
        if (!values) continue;
        const used =
          el instanceof HTMLSelectElement
            ? [...el.options].map((o) => o.value).filter(Boolean)
            : [(el as HTMLInputElement).value];
        for (const value of used) expect(enumLabels(values), `${file} ${field?.id}`).toContain(value);
      }
    }
  });

  it('puts rich-text ground truth on Quill’s contenteditable', () => {
    const editors = [...docs.values()].flatMap((doc) => [...doc.querySelectorAll('.ql-editor')]);
    expect(editors.length).toBeGreaterThan(20);
    for (const editor of editors) {
      expect(editor.getAttribute('contenteditable')).toBe('true');
      expect(editor.getAttribute('data-truth')).toMatch(/\S/);
    }
  });

  it('shows literal markup of the instructor message as text', () => {
    const message = docs.get('rncp-complements.html')!.querySelector('.cp-message__body')!;
    expect(message.textContent).toContain('<b>Piloter un chantier</b>');
    expect(message.querySelector('b')).toBeNull();
    expect(message.textContent).toContain('critère n° 3');
    expect(message.querySelectorAll('ol > li').length).toBeGreaterThan(3);
    expect(message.querySelectorAll('ul li').length).toBeGreaterThan(2);
  });
});
