import { SaxesParser } from 'saxes';
import { FicheReadError } from './errors';
import type { RawNode } from './raw-node';

export const ROOT = 'FICHES';
const PIECE = 32 * 1024;
export const FICHE = 'FICHE';

/** What the reader's listener may answer for one fiche: `stop` ends the reading there. */
export type FicheVerdict = 'stop' | undefined;

/** Which parts of each fiche to build (the rest is parsed, checked, and dropped at once). */
export interface FicheShape {
  /** Direct children of `<FICHE>` to keep; all when absent. */
  keep?: (name: string) => boolean;
  /** Told NUMERO_FICHE as soon as it is read: false drops the rest of that fiche. */
  wanted?: (numero: string) => boolean;
}

/**
 * Reads the export's XML, fed in byte chunks, and hands over each `<FICHE>` as a small tree as
 * soon as it closes: memory holds one fiche at a time, never the file. The root must be
 * `<FICHES>`; anything else is not the export and is refused at its first tag.
 */
export class ExportXmlReader {
  version: string | null = null;
  fiches = 0;
  stopped = false;
  /** Elements directly under `<FICHES>` other than `<VERSION_FLUX>` and `<FICHE>`, with counts. */
  readonly otherTopLevel = new Map<string, number>();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly parser = new SaxesParser({ position: false });
  private depth = 0;
  private rootSeen = false;
  private stack: RawNode[] = [];
  private inVersion = false;
  /** Depth inside an element being dropped (0: building). */
  private skipping = 0;
  /** The fiche's number was not wanted: its remaining children are dropped. */
  private restDropped = false;

  constructor(
    private readonly onFiche: (fiche: RawNode) => FicheVerdict,
    private readonly shape: FicheShape = {},
  ) {
    const p = this.parser;
    p.on('opentag', (tag) => this.open(tag.name));
    p.on('closetag', () => this.close());
    p.on('text', (t) => this.text(t));
    p.on('cdata', (t) => this.text(t));
  }

  /**
   * Bytes of the XML, any size. They are decoded and parsed 32 kB at a time: the strings stay small
   * (V8 puts large ones where only a full garbage collection frees them, which made the reading's
   * memory climb by hundreds of MB).
   */
  write(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length && !this.stopped; at += PIECE)
      this.feed(this.decode(bytes.subarray(at, at + PIECE), true));
  }

  end(): void {
    if (this.stopped) return;
    this.feed(this.decode(new Uint8Array(0), false));
    if (!this.rootSeen) throw new FicheReadError('empty', 'Le fichier XML ne contient aucun élément.');
    try {
      this.parser.close();
    } catch {
      throw truncated();
    }
    if (this.depth !== 0) throw truncated();
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return this.decoder.decode(bytes, { stream });
    } catch {
      throw new FicheReadError(
        'malformed-xml',
        'Le fichier contient des caractères qui ne sont pas de l’UTF-8 : ce n’est pas l’export de France compétences, ou il est endommagé.',
      );
    }
  }

  private feed(text: string): void {
    if (text === '') return;
    try {
      this.parser.write(text);
    } catch (e) {
      if (e instanceof FicheReadError) throw e;
      throw new FicheReadError(
        'malformed-xml',
        `Le fichier XML est mal formé${this.fiches > 0 ? ` après la fiche n°\u00a0${this.fiches.toLocaleString('fr-FR')}` : ''} : il est endommagé ou ce n’est pas l’export des fiches.`,
      );
    }
  }

  private open(name: string): void {
    if (this.stopped) return;
    this.depth++;
    if (this.skipping > 0) {
      this.skipping++;
      return;
    }
    if (this.depth === 3 && (this.restDropped || (this.shape.keep && !this.shape.keep(name)))) {
      this.skipping = 1;
      return;
    }
    if (this.depth === 1) {
      this.rootSeen = true;
      if (name !== ROOT)
        throw new FicheReadError(
          'not-export',
          `Ce fichier XML n’est pas l’export des fiches de France compétences : il commence par « <${name}> » au lieu de « <${ROOT}> ».`,
        );
      return;
    }
    if (this.depth === 2 && name !== FICHE) {
      this.inVersion = name === 'VERSION_FLUX';
      if (!this.inVersion) this.otherTopLevel.set(name, (this.otherTopLevel.get(name) ?? 0) + 1);
      return;
    }
    if (this.depth >= 2) this.stack.push({ name, text: '', children: [] });
  }

  private text(t: string): void {
    if (this.skipping > 0) return;
    if (this.inVersion) this.version = `${this.version ?? ''}${t}`.trim();
    const node = this.stack[this.stack.length - 1];
    if (node) node.text += t;
  }

  private close(): void {
    if (this.stopped) return;
    this.depth--;
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    this.inVersion = false;
    const node = this.stack.pop();
    if (!node) return;
    const parent = this.stack[this.stack.length - 1];
    if (parent) {
      parent.children.push(node);
      if (this.stack.length === 1 && node.name === 'NUMERO_FICHE' && this.shape.wanted)
        this.restDropped = !this.shape.wanted(node.text.trim().toUpperCase());
      return;
    }
    this.restDropped = false;
    this.fiches++;
    if (this.onFiche(node) === 'stop') this.stopped = true;
  }
}

function truncated(): FicheReadError {
  return new FicheReadError(
    'truncated',
    'Le fichier XML s’arrête avant la fin (téléchargement interrompu ?) : téléchargez à nouveau l’export.',
  );
}
