import { Unzip, type UnzipFile, UnzipInflate } from 'fflate';
import { FicheReadError } from './errors';
import { frenchSize, MAX_XML_BYTES } from './limits';

/**
 * Streams the XML file out of a zip archive, chunk by chunk (fflate's streaming Unzip): the
 * export's archive holds one `.xml`; other entries are listed, and a second XML is ignored.
 */
export class ZipXmlStream {
  readonly otherEntries: string[] = [];
  entry: string | null = null;
  private done = false;
  private inflated = 0;
  private file: UnzipFile | null = null;
  /** The first error of the XML reader fed from inside fflate's callback (fflate would mask it). */
  private failure: unknown = null;
  private readonly unzip = new Unzip((file) => this.onFile(file));

  constructor(private readonly onXml: (chunk: Uint8Array) => void) {
    this.unzip.register(UnzipInflate);
  }

  push(chunk: Uint8Array, final: boolean): void {
    try {
      this.unzip.push(chunk, final);
    } catch (e) {
      if (this.failure) throw this.failure;
      if (e instanceof FicheReadError) throw e;
      throw corrupt();
    }
    if (this.failure) throw this.failure;
    if (!final) return;
    if (this.entry === null)
      throw new FicheReadError(
        'no-xml-in-zip',
        `Cette archive ne contient aucun fichier XML${this.otherEntries.length ? ` (elle contient : ${this.otherEntries.slice(0, 5).join(', ')})` : ''} : ce n’est pas l’export des fiches de France compétences.`,
      );
    if (!this.done)
      throw corrupt('L’archive s’arrête avant la fin du fichier XML (téléchargement interrompu ?).');
  }

  /** Stops inflating (the wanted fiche was found). */
  stop(): void {
    this.file?.terminate();
    this.done = true;
  }

  private onFile(file: UnzipFile): void {
    const isXml = /\.xml$/i.test(file.name) && !file.name.endsWith('/');
    if (!isXml || this.entry !== null) {
      if (!file.name.endsWith('/')) this.otherEntries.push(file.name);
      return;
    }
    if (file.compression !== 0 && file.compression !== 8)
      throw corrupt(
        `Le fichier XML de l’archive est compressé d’une façon non prise en charge (méthode ${file.compression}).`,
      );
    this.entry = file.name;
    this.file = file;
    file.ondata = (err, data, final) => {
      if (err) throw corrupt();
      this.inflated += data.length;
      if (this.inflated > MAX_XML_BYTES)
        throw new FicheReadError(
          'too-large',
          `Le fichier XML de l’archive dépasse ${frenchSize(MAX_XML_BYTES)} une fois décompressé : ce n’est pas l’export des fiches.`,
        );
      if (!this.done && !this.failure) {
        try {
          this.onXml(data);
        } catch (e) {
          this.failure = e;
        }
      }
      if (final) this.done = true;
    };
    file.start();
  }
}

function corrupt(detail = 'L’archive .zip est endommagée et ne peut pas être décompressée.'): FicheReadError {
  return new FicheReadError('corrupt-zip', `${detail} Téléchargez à nouveau l’export sur data.gouv.fr.`);
}
