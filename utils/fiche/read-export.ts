import { FicheReadError, frenchReadError } from './errors';
import { frenchSize, MAX_FILE_BYTES } from './limits';
import type { RawNode } from './raw-node';
import { sniffKind } from './sniff';
import { ExportXmlReader, type FicheVerdict } from './xml-reader';
import { ZipXmlStream } from './zip-stream';

export interface ReadProgress {
  /** Bytes of the given file read so far (compressed bytes for a zip). */
  read: number;
  total: number;
  fiches: number;
}

export interface ReadOptions {
  /** Size of the file in bytes, checked before anything is read. */
  size: number;
  onFiche: (fiche: RawNode) => FicheVerdict;
  onProgress?: (p: ReadProgress) => void;
}

export interface ReadSummary {
  kind: 'zip' | 'xml';
  /** `<VERSION_FLUX>` of the export (4.1 today), null when absent. */
  version: string | null;
  fiches: number;
  /** True when the listener stopped the reading before the end. */
  stopped: boolean;
  /** Zip entries other than the XML read, and unexpected elements under `<FICHES>`. */
  otherEntries: string[];
  otherTopLevel: Record<string, number>;
}

/**
 * Reads France compétences' open-data export, a zip or a bare XML file, as a stream of byte
 * chunks, fiche by fiche. Throws a FicheReadError with a French message on bad input.
 */
export async function readExport(
  chunks: AsyncIterable<Uint8Array>,
  { size, onFiche, onProgress }: ReadOptions,
): Promise<ReadSummary> {
  if (size > MAX_FILE_BYTES)
    throw new FicheReadError(
      'too-large',
      `Ce fichier fait ${frenchSize(size)} : l’export des fiches de France compétences est bien plus petit (environ 70 Mo compressé pour le RNCP). Vérifiez le fichier choisi.`,
    );
  if (size === 0) throw new FicheReadError('empty', 'Le fichier est vide.');
  const xml = new ExportXmlReader(onFiche);
  let zip: ZipXmlStream | null = null;
  let kind: 'zip' | 'xml' | null = null;
  let read = 0;
  try {
    for await (const chunk of chunks) {
      kind ??= sniffKind(chunk);
      if (kind === 'zip') {
        zip ??= new ZipXmlStream((data) => xml.write(data));
        zip.push(chunk, false);
      } else xml.write(chunk);
      read += chunk.length;
      onProgress?.({ read, total: size, fiches: xml.fiches });
      if (xml.stopped) {
        zip?.stop();
        break;
      }
    }
    if (kind === null) throw new FicheReadError('empty', 'Le fichier est vide.');
    if (!xml.stopped) {
      zip?.push(new Uint8Array(0), true);
      xml.end();
    }
  } catch (e) {
    throw frenchReadError(e);
  }
  if (xml.fiches === 0 && xml.version === null)
    throw new FicheReadError(
      'not-export',
      'Ce fichier XML a bien la racine « <FICHES> » mais ne contient ni fiche ni version d’export : ce n’est pas l’export de France compétences.',
    );
  return {
    kind,
    version: xml.version,
    fiches: xml.fiches,
    stopped: xml.stopped,
    otherEntries: zip?.otherEntries ?? [],
    otherTopLevel: Object.fromEntries(xml.otherTopLevel),
  };
}
