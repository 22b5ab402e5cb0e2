import { FicheReadError } from './errors';

export type ExportKind = 'zip' | 'xml';

/** Tells a zip from an XML file by their first bytes (names and MIME types lie). */
export function sniffKind(head: Uint8Array): ExportKind {
  if (head.length === 0) throw new FicheReadError('empty', 'Le fichier est vide.');
  if (head[0] === 0x50 && head[1] === 0x4b) return 'zip';
  if (head[0] === 0x1f && head[1] === 0x8b)
    throw new FicheReadError(
      'unknown-format',
      'Ce fichier est compressé au format gzip : donnez l’archive .zip téléchargée sur data.gouv.fr ou le fichier XML qu’elle contient.',
    );
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09))
    i++;
  if (head[i] === 0x3c) return 'xml';
  throw new FicheReadError(
    'unknown-format',
    'Ce fichier n’est ni une archive .zip ni un fichier XML : donnez l’export des fiches de France compétences (export-fiches-rncp-v4-1-AAAA-MM-JJ.zip ou le fichier XML qu’il contient).',
  );
}
