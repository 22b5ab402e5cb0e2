import mammoth from 'mammoth';
import { CORRUPT, checkDocxArchive } from './check-archive';

export type DocxHtml = { ok: true; html: string; images: number } | { ok: false; message: string };

/**
 * Word's own heading styles, in English and French, as headings; the rest is mammoth's default
 * (bold, italic, underline, lists, tables). Images are left out: only text is imported.
 */
const STYLE_MAP = [
  "p[style-name='Titre 1'] => h1:fresh",
  "p[style-name='Titre 2'] => h2:fresh",
  "p[style-name='Titre 3'] => h3:fresh",
  "p[style-name='Titre 4'] => h4:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Titre'] => h1:fresh",
  'u => u',
];

/** A .docx as HTML (not yet sanitized), or a French message saying why it cannot be read. */
export async function docxToHtml(data: ArrayBuffer): Promise<DocxHtml> {
  const check = checkDocxArchive(new Uint8Array(data));
  if (!check.ok) return check;
  try {
    const result = await mammoth.convertToHtml(inputOf(data), {
      styleMap: STYLE_MAP,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    return { ok: true, html: result.value, images: check.images };
  } catch (e) {
    console.warn('[Certifill] document Word illisible :', e);
    return { ok: false, message: CORRUPT };
  }
}

/** mammoth reads an ArrayBuffer in the browser build, a Buffer in Node (unit tests, scripts). */
function inputOf(data: ArrayBuffer): { arrayBuffer: ArrayBuffer } {
  const NodeBuffer = (globalThis as { Buffer?: { from(d: ArrayBuffer): unknown } }).Buffer;
  return (NodeBuffer ? { arrayBuffer: data, buffer: NodeBuffer.from(data) } : { arrayBuffer: data }) as {
    arrayBuffer: ArrayBuffer;
  };
}
