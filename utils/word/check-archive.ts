import { unzipSync } from 'fflate';

/** Larger documents are refused before reading: a dossier's Word file is a few hundred kilobytes. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

export type ArchiveCheck = { ok: true; images: number } | { ok: false; message: string };

/**
 * What can be said of a .docx before converting it: its size, that it is a zip holding a Word
 * document, and no macros (a .docm renamed, or a document with a VBA project). Images are counted:
 * the text is imported without them.
 */
export function checkDocxArchive(bytes: Uint8Array): ArchiveCheck {
  if (bytes.length > MAX_DOCX_BYTES)
    return {
      ok: false,
      message:
        'Ce document dépasse 20\u00a0Mo\u00a0: Certifill n’importe pas un fichier aussi lourd. Enregistrez une copie sans images, puis réessayez.',
    };
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return {
      ok: false,
      message:
        'Ce fichier est au format Word 97-2003 (.doc)\u00a0: ouvrez-le dans Word ou LibreOffice, enregistrez-le au format .docx, puis réessayez.',
    };
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return {
      ok: false,
      message: 'Ce fichier n’est pas un document Word (.docx)\u00a0: choisissez un fichier .docx.',
    };
  const names: string[] = [];
  try {
    // Lists the entries without inflating any of them.
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return { ok: false, message: CORRUPT };
  }
  if (!names.includes('word/document.xml'))
    return {
      ok: false,
      message: 'Cette archive ne contient pas de document Word\u00a0: choisissez un fichier .docx.',
    };
  if (names.some((n) => /vbaProject\.bin$/i.test(n) || /vbaData\.xml$/i.test(n)))
    return {
      ok: false,
      message:
        'Ce document contient des macros\u00a0: par prudence, Certifill ne l’ouvre pas. Enregistrez-le au format «\u00a0Document Word (.docx)\u00a0» sans macros, puis réessayez.',
    };
  return { ok: true, images: names.filter((n) => /^word\/media\//i.test(n)).length };
}

export const CORRUPT =
  'Ce document Word est endommagé ou incomplet\u00a0: il ne peut pas être lu. Ouvrez-le dans Word ou LibreOffice, enregistrez-le de nouveau, puis réessayez.';
