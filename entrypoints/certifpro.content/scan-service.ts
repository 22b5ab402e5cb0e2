import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Repertoire } from '@/utils/catalogue';
import type { DossierDto } from '@/utils/dossier/model';
import { detectRepertoire } from '@/utils/matching/page-context';
import { scanRoot } from '@/utils/matching/scan';
import type { RecognisedField } from '@/utils/matching/types';
import { backgroundMessenger } from '@/utils/messaging/background-messenger';
import type { LearnedMapping } from '@/utils/storage/records';
import { createFieldMarks } from './field-marks';
import { coveredByParent } from './scan-roots';
import { watchPage } from './scan-watch';

export interface ScanService {
  /** The fields of the latest scan. */
  current(): RecognisedField[];
  /** Called after every scan with its fields; returns the unsubscribe function. */
  subscribe(cb: (fields: RecognisedField[]) => void): () => void;
  /** Scans again now. */
  rescan(): void;
  /** Reads the active dossier and the taught mappings again, then scans; resolves with the fields. */
  refresh(): Promise<RecognisedField[]>;
  /** The active dossier as last read (null when there is none or the background did not answer). */
  dossier(): DossierDto | null;
  /** RNCP or RS as the page itself says (title, badges), null when it does not say. */
  pageRepertoire(): Repertoire | null;
}

const services = new WeakMap<ContentScriptContext, ScanService>();

/** The one scan service of this content script: created on first use, torn down with the context. */
export function getScanService(ctx: ContentScriptContext): ScanService {
  let s = services.get(ctx);
  if (!s) {
    s = createScanService(ctx);
    services.set(ctx, s);
  }
  return s;
}

/** A same-origin child frame is scanned by its parent (the scanner recurses): nothing to do here. */
const INERT: ScanService = {
  current: () => [],
  subscribe: () => () => undefined,
  rescan: () => undefined,
  refresh: async () => [],
  dossier: () => null,
  pageRepertoire: () => null,
};

function createScanService(ctx: ContentScriptContext): ScanService {
  if (coveredByParent()) return INERT;
  let fields: RecognisedField[] = [];
  let dossier: DossierDto | null = null;
  let mappings: LearnedMapping[] = [];
  let onPage: Repertoire | null = null;
  const listeners = new Set<(f: RecognisedField[]) => void>();
  const marks = createFieldMarks();
  /** What the last scan depended on besides the DOM: the same again, and no change since, gives the same fields. */
  let scannedWith = '';
  const contextKey = () => JSON.stringify([location.href, dossier?.repertoire ?? null, mappings]);

  const scan = () => {
    if (ctx.isInvalid) return;
    scannedWith = contextKey();
    try {
      const where = { host: location.host, pathname: location.pathname };
      // The page's own word first: an RS demande is read as RS even if the active dossier is RNCP.
      onPage = detectRepertoire(document) ?? null;
      const repertoire = onPage ?? dossier?.repertoire;
      fields = scanRoot(document, { repertoire, taught: mappings, location: where });
      marks.update(fields);
      watcher.observeRoots();
    } catch (e) {
      console.warn('[Certifill] la reconnaissance des champs a échoué :', e);
    }
    for (const cb of listeners) {
      try {
        cb(fields);
      } catch (e) {
        console.warn('[Certifill] un abonné à la reconnaissance des champs a échoué :', e);
      }
    }
  };
  const watcher = watchPage(ctx, scan);

  const loadContext = async () => {
    try {
      const [d, m] = await Promise.all([
        backgroundMessenger.sendMessage('getActiveDossier', undefined),
        backgroundMessenger.sendMessage('listMappings', undefined),
      ]);
      dossier = d;
      mappings = m;
    } catch (e) {
      console.warn('[Certifill] dossier et correspondances indisponibles :', e);
    }
  };

  ctx.onInvalidated(() => {
    watcher.stop();
    marks.clear();
    listeners.clear();
  });

  scan();
  void loadContext().then(scan);

  return {
    current: () => fields,
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    rescan: scan,
    async refresh() {
      await loadContext();
      // A page of 20 000 controls takes seconds to scan: not again when nothing it depends on changed.
      if (watcher.pending() || contextKey() !== scannedWith) scan();
      return fields;
    },
    dossier: () => dossier,
    pageRepertoire: () => onPage,
  };
}
