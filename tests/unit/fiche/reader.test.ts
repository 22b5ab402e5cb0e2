import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { FicheReadError } from '@/utils/fiche/errors';
import type { RawNode } from '@/utils/fiche/raw-node';
import { readExport } from '@/utils/fiche/read-export';
import { summarize } from '@/utils/fiche/summary';
import { chunksOf, readAll, sampleBytes } from './helpers';

const rncp = sampleBytes('fiches-sample-rncp.xml');

async function failure(bytes: Uint8Array, size = bytes.length): Promise<FicheReadError> {
  try {
    await readExport(chunksOf(bytes, 1000), { size, onFiche: () => undefined });
  } catch (e) {
    expect(e).toBeInstanceOf(FicheReadError);
    return e as FicheReadError;
  }
  throw new Error('read did not fail');
}

describe('readExport', () => {
  it('reads the same fiches whatever the chunk size (multi-byte characters split across chunks)', async () => {
    const whole = await readAll(rncp, rncp.length);
    const tiny = await readAll(rncp, 7);
    expect(whole.map((f) => summarize(f)?.numero)).toEqual(['RNCP35419', 'RNCP37488', 'RNCP40344']);
    expect(tiny).toEqual(whole);
  });

  it('reads the XML out of a zip archive, streamed, and lists the other entries', async () => {
    const zip = zipSync({ 'LISEZMOI.txt': strToU8('Licence Ouverte'), 'export-fiches-rncp-v4-1.xml': rncp });
    const fiches: RawNode[] = [];
    const progress: number[] = [];
    const summary = await readExport(chunksOf(zip, 2048), {
      size: zip.length,
      onFiche: (f) => {
        fiches.push(f);
        return undefined;
      },
      onProgress: (p) => progress.push(p.read),
    });
    expect(summary).toMatchObject({ kind: 'zip', version: '4.1', fiches: 3, otherEntries: ['LISEZMOI.txt'] });
    expect(fiches).toEqual(await readAll(rncp));
    expect(progress.at(-1)).toBe(zip.length);
    expect(progress.length).toBeGreaterThan(3);
  });

  it('inflates in JavaScript (fflate) where the platform has no DecompressionStream', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    try {
      const zip = zipSync({ 'export.xml': rncp });
      expect(await readAll(zip, 999)).toEqual(await readAll(rncp));
      const truncated = zip.slice(0, Math.floor(zip.length / 2));
      expect((await failure(truncated)).code).toBe('corrupt-zip');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('stops at the fiche asked for', async () => {
    const zip = zipSync({ 'export.xml': rncp });
    const seen: string[] = [];
    const summary = await readExport(chunksOf(zip, 512), {
      size: zip.length,
      onFiche: (f) => {
        seen.push(summarize(f)!.numero);
        return seen.at(-1) === 'RNCP37488' ? 'stop' : undefined;
      },
    });
    expect(seen).toEqual(['RNCP35419', 'RNCP37488']);
    expect(summary.stopped).toBe(true);
  });

  it('builds only the parts of the fiches it is asked for', async () => {
    const kept: RawNode[] = [];
    await readExport(chunksOf(rncp), {
      size: rncp.length,
      shape: { keep: (name) => name === 'NUMERO_FICHE' || name === 'INTITULE' },
      onFiche: (f) => {
        kept.push(f);
        return undefined;
      },
    });
    expect(kept.map((f) => f.children.map((c) => c.name))).toEqual([
      ['NUMERO_FICHE', 'INTITULE'],
      ['NUMERO_FICHE', 'INTITULE'],
      ['NUMERO_FICHE', 'INTITULE'],
    ]);
    const full = await readAll(rncp);
    const wanted: RawNode[] = [];
    await readExport(chunksOf(rncp), {
      size: rncp.length,
      shape: { wanted: (n) => n === 'RNCP37488' },
      onFiche: (f) => {
        wanted.push(f);
        return undefined;
      },
    });
    expect(wanted[1]).toEqual(full[1]);
    expect(wanted[0]!.children.map((c) => c.name)).toEqual(['ID_FICHE', 'NUMERO_FICHE']);
  });

  it('keeps CDATA text and elements it does not know', async () => {
    const xml = strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><FICHES><VERSION_FLUX>4.2</VERSION_FLUX><AUTRE>x</AUTRE>' +
        '<FICHE><NUMERO_FICHE>RS9999</NUMERO_FICHE><INTITULE><![CDATA[Titre & <sous-titre>]]></INTITULE>' +
        '<NOUVEAU_BLOC><SOUS>valeur</SOUS></NOUVEAU_BLOC></FICHE></FICHES>',
    );
    const [fiche] = await readAll(xml);
    expect(summarize(fiche!)).toMatchObject({
      numero: 'RS9999',
      intitule: 'Titre & <sous-titre>',
      repertoire: 'RS',
    });
    expect(fiche!.children.map((c) => c.name)).toContain('NOUVEAU_BLOC');
    const summary = await readExport(chunksOf(xml), { size: xml.length, onFiche: () => undefined });
    expect(summary).toMatchObject({ version: '4.2', otherTopLevel: { AUTRE: 1 } });
  });
});

describe('readExport on bad input', () => {
  it('refuses a 2 GB file before reading it', async () => {
    const e = await failure(rncp, 2 * 1024 ** 3);
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/2\u00a0Go/);
  });

  it('refuses XML of another format at its first element', async () => {
    const e = await failure(strToU8('<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>'));
    expect(e.code).toBe('not-export');
    expect(e.message).toContain('« <rss> »');
  });

  it('refuses a zip that holds no XML', async () => {
    const e = await failure(zipSync({ 'photo.jpg': new Uint8Array([1, 2, 3]), 'notes.txt': strToU8('x') }));
    expect(e.code).toBe('no-xml-in-zip');
    expect(e.message).toContain('photo.jpg');
  });

  it('refuses a zip whose XML is not the export', async () => {
    const e = await failure(zipSync({ 'data.xml': strToU8('<catalogue><livre/></catalogue>') }));
    expect(e.code).toBe('not-export');
  });

  it('refuses a corrupt archive and a truncated one', async () => {
    const zip = zipSync({ 'export.xml': rncp });
    const corrupt = zip.slice();
    for (let i = 200; i < 2000; i++) corrupt[i] = (corrupt[i]! * 31 + 7) & 0xff;
    expect((await failure(corrupt)).code).toMatch(/corrupt-zip|malformed-xml/);
    expect((await failure(zip.slice(0, Math.floor(zip.length / 2)))).code).toBe('corrupt-zip');
  });

  it('refuses malformed and truncated XML, and what is neither zip nor XML', async () => {
    expect((await failure(strToU8('<FICHES><FICHE><NUMERO_FICHE>RS1</FICHE></FICHES>'))).code).toBe(
      'malformed-xml',
    );
    expect((await failure(rncp.slice(0, 30_000))).code).toBe('truncated');
    expect((await failure(strToU8('%PDF-1.4 ...'))).code).toBe('unknown-format');
    expect((await failure(new Uint8Array([0x1f, 0x8b, 8, 0]))).message).toMatch(/gzip/);
    expect((await failure(new Uint8Array([0x3c, 0x46, 0xff, 0xfe, 0x3e]))).code).toBe('malformed-xml');
    expect((await failure(new Uint8Array(0), 0)).code).toBe('empty');
    expect((await failure(strToU8('<FICHES></FICHES>'))).code).toBe('not-export');
  });

  it('writes every message in French', async () => {
    const e = await failure(strToU8('<FICHES><FICHE>'));
    expect(e.message).toMatch(/[éèàç’]/);
    expect(e.message).not.toMatch(/unclosed|unexpected|error/i);
  });
});
