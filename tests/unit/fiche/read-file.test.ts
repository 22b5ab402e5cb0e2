import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FicheOffsets } from '@/utils/fiche/fiche-offsets';
import { findFiche, indexExport } from '@/utils/fiche/read-file';
import { readAll, sampleBytes } from './helpers';

const xml = sampleBytes('fiches-sample-rncp.xml');
const zip = zipSync({ 'export.xml': xml });
const blob = (b: Uint8Array) => new Blob([b as Uint8Array<ArrayBuffer>]);

describe('indexExport and findFiche', () => {
  it('index every fiche with the byte offset of its <FICHE>', async () => {
    const { entries, summary } = await indexExport(blob(zip));
    expect(summary.fiches).toBe(3);
    expect(entries.map((e) => e.numero)).toEqual(['RNCP35419', 'RNCP37488', 'RNCP40344']);
    const text = new TextDecoder().decode(xml);
    for (const e of entries) {
      const at = e.offset!;
      expect(new TextDecoder().decode(xml.subarray(at, at + 7))).toBe('<FICHE>');
      expect(text.indexOf(e.numero)).toBeGreaterThan(new TextDecoder().decode(xml.subarray(0, at)).length);
    }
  });

  it('hands the entries over in batches when asked', async () => {
    const batches: number[] = [];
    const { entries } = await indexExport(blob(xml), undefined, undefined, (b) => batches.push(b.length));
    expect(entries).toEqual([]);
    expect(batches).toEqual([3]);
  });

  it('read the fiche at its offset, and the whole file when the offset is wrong', async () => {
    const full = await readAll(xml);
    const { entries } = await indexExport(blob(zip));
    const last = entries[2]!;
    expect(await findFiche(blob(zip), last.numero, undefined, undefined, last.offset)).toEqual(full[2]);
    expect(await findFiche(blob(zip), last.numero, undefined, undefined, entries[0]!.offset)).toEqual(
      full[2],
    );
    expect(await findFiche(blob(zip), last.numero, undefined, undefined, 12345)).toEqual(full[2]);
    expect(await findFiche(blob(zip), 'RNCP1', undefined, undefined, null)).toBeNull();
  });

  it('find <FICHE> when a chunk boundary cuts it', () => {
    const bytes = new TextEncoder().encode('<FICHES><FICHE>a</FICHE><FICHE>b</FICHE></FICHES>');
    for (let cut = 1; cut < bytes.length; cut++) {
      const o = new FicheOffsets();
      o.scan(bytes.subarray(0, cut));
      o.scan(bytes.subarray(cut));
      expect(o.offsets, `cut at ${cut}`).toEqual([8, 24]);
    }
  });

  it('find <FICHE> when chunks are shorter than the tag', () => {
    const bytes = new TextEncoder().encode(
      '<FICHES><FICHE>a</FICHE><FICHE>b</FICHE><FICHE></FICHE></FICHES>',
    );
    for (let size = 1; size <= 9; size++) {
      const o = new FicheOffsets();
      for (let at = 0; at < bytes.length; at += size) o.scan(bytes.subarray(at, at + size));
      expect(o.offsets, `chunks of ${size}`).toEqual([8, 24, 40]);
    }
  });
});
