import type { DossierDto } from '@/utils/dossier/model';
import { captureDiff } from '@/utils/fill/capture';
import { displayPageValue } from '@/utils/fill/page-value';
import { planPage } from '@/utils/fill/plan';
import type { PageFieldState } from '@/utils/fill/types';
import { pathPatternOf } from '@/utils/matching/taught';
import type { RecognisedField } from '@/utils/matching/types';
import { ApplyInput, FocusInput, UndoInput } from '@/utils/messaging/content-inputs';
import type {
  CapturePreview,
  FillReport,
  PageScan,
  PrefillPreview,
  UndoPreview,
  UndoReport,
} from '@/utils/messaging/page-protocol';
import type { EngineHost } from './engine-slot';
import type { CreationDeps } from './fill/create-items';
import { keyOf } from './fill/field-keys';
import { focusControl } from './fill/focus-field';
import { applyPlan, previewUndo, serialised, undoAvailable, undoLast } from './fill/prefill-session';
import { previewRequest } from './fill/preview-request';
import { readState } from './fill/read-state';
import { newVisibilityMemo } from './fill/visibility';
import { yielder } from './page-progress';

/**
 * What the side panel asks of the page beyond recognition: reading every field's value, the
 * pre-fill preview, « Appliquer », undo and capture. Bundled apart from the content script
 * (entrypoints/prefill-engine.ts) and injected only when the panel first asks, so that a page
 * the panel never looks at does not load it (docs/benchmark.md, « Content script size »).
 */
export interface PageEngine {
  scan(): Promise<PageScan>;
  previewPrefill(): Promise<PrefillPreview>;
  applyPrefill(data: unknown): Promise<FillReport>;
  previewUndo(): Promise<UndoPreview>;
  undoPrefill(data: unknown): Promise<UndoReport>;
  previewCapture(): Promise<CapturePreview>;
  /** « Voir sur la page »: the field of that key (as the scan named it), scrolled to and focused. */
  focusField(data: unknown): Promise<boolean>;
}

/** Controls of the page, counted without scanning them (what « Lecture de N contrôles » says). */
const countControls = () => document.querySelectorAll('input, select, textarea, [contenteditable]').length;

const NO_DOSSIER =
  'Aucun dossier actif : créez ou importez un dossier dans l’éditeur, puis choisissez-le ici.';

const ref = (d: DossierDto) => ({ id: d.id, name: d.name, repertoire: d.repertoire });

const needDossier = (d: DossierDto | null): DossierDto => {
  if (!d) throw new Error(NO_DOSSIER);
  return d;
};

export function createPageEngine({ ctx, service, setProgress }: EngineHost): PageEngine {
  /** Reads every field's state in slices, so that the panel's progress questions are answered meanwhile. */
  async function statesOf(fields: readonly RecognisedField[]): Promise<PageFieldState[]> {
    const out: PageFieldState[] = [];
    const memo = newVisibilityMemo();
    const pause = yielder();
    try {
      for (const f of fields) {
        out.push(await readState(f, memo));
        if (out.length % 200 === 0) {
          setProgress('values', out.length, fields.length);
          await pause();
        }
      }
    } finally {
      setProgress('idle');
    }
    return out;
  }

  const fresh = async () => {
    setProgress('scan', 0, countControls());
    try {
      const fields = await service.refresh();
      return { fields, states: await statesOf(fields), dossier: service.dossier() };
    } finally {
      setProgress('idle');
    }
  };
  // Items are created and removed through the page's own controls; every wait ends with the script.
  const creation: CreationDeps = {
    rescan: () => {
      service.rescan();
      return service.current();
    },
    signal: ctx.signal,
  };

  return {
    async scan() {
      const { fields, states, dossier } = await fresh();
      return {
        host: location.host,
        pathname: location.pathname,
        pathPattern: pathPatternOf(location.pathname),
        dossier: dossier ? ref(dossier) : null,
        pageRepertoire: service.pageRepertoire(),
        fields: states.map((s) => ({
          key: s.key,
          path: s.path,
          fieldId: s.fieldId,
          label: s.label,
          decision: s.decision,
          control: s.control,
          confidence: s.confidence,
          signature: s.signature,
          candidates: s.candidates,
          current: displayPageValue(s).slice(0, 300),
        })),
        undoAvailable: undoAvailable(),
        standing: dossier ? previewRequest(fields, states, dossier).standing : null,
      };
    },
    async previewPrefill() {
      const { fields, states, dossier } = await fresh();
      const d = needDossier(dossier);
      return { dossier: ref(d), ...previewRequest(fields, states, d) };
    },
    applyPrefill: (data) =>
      serialised(async () => {
        const started = performance.now();
        const { overwrite } = ApplyInput.parse(data);
        const { fields, states, dossier } = await fresh();
        const d = needDossier(dossier);
        const report = await applyPlan(fields, states, planPage(states, d), new Set(overwrite), d, creation);
        const durationMs = Math.round(performance.now() - started);
        const after = await fresh();
        return { ...report, durationMs, standing: previewRequest(after.fields, after.states, d).standing };
      }),
    previewUndo: () => serialised(previewUndo),
    undoPrefill(data) {
      const { restore } = UndoInput.parse(data ?? { restore: [] });
      return serialised(() => undoLast(new Set(restore), creation));
    },
    async previewCapture() {
      const { states, dossier } = await fresh();
      const d = needDossier(dossier);
      return { dossier: ref(d), lines: captureDiff(states, d) };
    },
    async focusField(data) {
      const { key } = FocusInput.parse(data);
      const field = service.current().find((f) => keyOf(f.element) === key);
      return field ? focusControl(ctx, field) : false;
    },
  };
}
