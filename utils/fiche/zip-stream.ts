import { Unzip, type UnzipFile, UnzipInflate } from 'fflate';
import { FicheReadError } from './errors';
import { frenchSize, MAX_XML_BYTES } from './limits';
import { type NativeInflateTracker, nativeInflate } from './native-inflate';

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
  /** The native decoder of the XML entry, when the platform has one (its output comes later). */
  private native: NativeInflateTracker | null = null;

  constructor(private readonly onXml: (chunk: Uint8Array) => void) {
    this.unzip.register(nativeInflate((t) => (this.native = t)) ?? UnzipInflate);
  }

  /**
   * Pushes bytes of the archive. With a native decoder the XML comes asynchronously: wait for
   * `settled()` before pushing more (it bounds what is buffered), and after the last push.
   */
  push(chunk: Uint8Array, final: boolean): void {
    try {
      this.unzip.push(chunk, final);
    } catch (e) {
      if (this.failure) throw this.failure;
      if (e instanceof FicheReadError) throw e;
      throw corrupt();
    }
    if (this.failure) throw this.failure;
  }

  /** Resolves when what was pushed is decompressed (or when it has all ended, after the last push). */
  async settled(final: boolean): Promise<void> {
    if (this.native) {
      await this.native.written;
      if (final) await this.native.finished;
    }
    if (this.failure) throw this.failure;
    if (final) this.checkEnd();
  }

  private checkEnd(): void {
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
    this.native?.cancel();
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
      if (this.done) return;
      if (err) {
        this.failure ??= corrupt();
        this.done = true;
        return;
      }
      this.inflated += data.length;
      if (this.inflated > MAX_XML_BYTES) {
        this.failure ??= new FicheReadError(
          'too-large',
          `Le fichier XML de l’archive dépasse ${frenchSize(MAX_XML_BYTES)} une fois décompressé : ce n’est pas l’export des fiches.`,
        );
        this.stop();
        return;
      }
      if (!this.failure) {
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
