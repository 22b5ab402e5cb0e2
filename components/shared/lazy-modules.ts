import type { ResponseDocument } from '@/utils/response/assemble';
import type { DocxHtml } from '@/utils/word/convert';

/**
 * The heavy libraries of the editor page, loaded when a person first uses them rather than with
 * the page: `docx` (the response as a Word file, about 210 kB) and mammoth with its zip and XML
 * readers (Word import, about 300 kB). The fiche picker and the dossier editor open without them
 * (docs/fiche-import.md, « Benchmark »). A chunk that cannot be loaded (extension updated under an
 * open page) rejects like any other failure: each caller says so in French.
 */
export async function responseDocxBlob(doc: ResponseDocument): Promise<Blob> {
  const { responseDocxBlob: build } = await import('@/utils/response/docx');
  return build(doc);
}

export async function docxToHtml(data: ArrayBuffer): Promise<DocxHtml> {
  const { docxToHtml: convert } = await import('@/utils/word/convert');
  return convert(data);
}
