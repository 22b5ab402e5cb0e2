import { FicheReadError, frenchReadError } from './errors';
import { FicheOffsets } from './fiche-offsets';
import { frenchSize, MAX_FILE_BYTES } from './limits';
import type { RawNode } from './raw-node';
import { sniffKind } from './sniff';
import { ExportXmlReader, type FicheShape, type FicheVerdict } from './xml-reader';
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
  /** Each fiche, with the byte offset of its `<FICHE>` in the XML when `offsets` is set. */
  onFiche: (fiche: RawNode, at: { offset: number | null }) => FicheVerdict;
  onProgress?: (p: ReadProgress) => void;
  /** Parts of each fiche to build; the whole fiche when absent. */
  shape?: FicheShape;
  /** Find each fiche's byte offset in the XML (for a later reading `from` it). */
  offsets?: boolean;
  /**
   * Byte offset in the XML of a `<FICHE>` found by an earlier reading: what comes before is only
   * inflated, not decoded nor parsed, and the reading ends after that fiche.
   */
  from?: number;
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
 * Compressed bytes handed to the inflate at a time. A native decoder turns each push into a queue
 * of XML chunks, alive until the parser has read them all; pushing 16 kB (about 100 kB of XML)
 * rather than a whole slice of the file keeps that queue short, so its buffers die young instead
 * of outliving several collections and waiting for a full one (the worker's memory went up and
 * down by 40–50 MB in waves).
 */
const ZIP_PIECE = 16 * 1024;

function xmlFeed(data: Uint8Array, xml: ExportXmlReader, offsets: FicheOffsets | null): void {
  offsets?.scan(data);
  xml.write(data);
}

/** Drops the XML bytes before `from`, then parses from there as if `<FICHES>` opened just before. */
function skipTo(from: number, xml: ExportXmlReader): (data: Uint8Array) => void {
  let at = 0;
  let started = false;
  return (data) => {
    const start = at;
    at += data.length;
    if (started) xml.write(data);
    else if (at > from) {
      started = true;
      xml.write(new TextEncoder().encode('<FICHES>'));
      xml.write(data.subarray(from - start));
    }
  };
}

/**
 * Reads France compétences' open-data export, a zip or a bare XML file, as a stream of byte
 * chunks, fiche by fiche. Throws a FicheReadError with a French message on bad input.
 */
export async function readExport(
  chunks: AsyncIterable<Uint8Array>,
  { size, onFiche, onProgress, shape, offsets: wantOffsets, from }: ReadOptions,
): Promise<ReadSummary> {
  if (size > MAX_FILE_BYTES)
    throw new FicheReadError(
      'too-large',
      `Ce fichier fait ${frenchSize(size)} : l’export des fiches de France compétences est bien plus petit (environ 70 Mo compressé pour le RNCP). Vérifiez le fichier choisi.`,
    );
  if (size === 0) throw new FicheReadError('empty', 'Le fichier est vide.');
  const offsets = wantOffsets ? new FicheOffsets() : null;
  const xml: ExportXmlReader = new ExportXmlReader(
    (fiche) => onFiche(fiche, { offset: offsets?.offsets[xml.fiches - 1] ?? null }),
    shape,
  );
  const feed = from === undefined ? (data: Uint8Array) => xmlFeed(data, xml, offsets) : skipTo(from, xml);
  let zip: ZipXmlStream | null = null;
  let kind: 'zip' | 'xml' | null = null;
  let read = 0;
  try {
    for await (const chunk of chunks) {
      kind ??= sniffKind(chunk);
      if (kind === 'zip') {
        zip ??= new ZipXmlStream(feed);
        for (let at = 0; at < chunk.length && !xml.stopped; at += ZIP_PIECE) {
          zip.push(chunk.subarray(at, at + ZIP_PIECE), false);
          await zip.settled(false);
        }
      } else feed(chunk);
      read += chunk.length;
      onProgress?.({ read, total: size, fiches: xml.fiches });
      if (xml.stopped) {
        zip?.stop();
        break;
      }
    }
    if (kind === null) throw new FicheReadError('empty', 'Le fichier est vide.');
    if (!xml.stopped && zip) {
      zip.push(new Uint8Array(0), true);
      await zip.settled(true);
    }
    if (!xml.stopped) xml.end();
  } catch (e) {
    zip?.stop();
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
