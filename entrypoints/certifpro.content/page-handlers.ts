import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DossierDto } from '@/utils/dossier/model';
import { captureDiff } from '@/utils/fill/capture';
import { displayPageValue } from '@/utils/fill/page-value';
import { planPage } from '@/utils/fill/plan';
import type { PageFieldState } from '@/utils/fill/types';
import { pathPatternOf } from '@/utils/matching/taught';
import type { RecognisedField } from '@/utils/matching/types';
import { ApplyInput, FocusInput, UndoInput } from '@/utils/messaging/content-inputs';
import { pageMessenger } from '@/utils/messaging/page-messenger';
import type { PageScan } from '@/utils/messaging/page-protocol';
import type { CreationDeps } from './fill/create-items';
import { keyOf } from './fill/field-keys';
import { focusControl } from './fill/focus-field';
import { applyPlan, previewUndo, serialised, undoAvailable, undoLast } from './fill/prefill-session';
import { previewRequest } from './fill/preview-request';
import { readState } from './fill/read-state';
import { newVisibilityMemo } from './fill/visibility';
import { pageProgress, setProgress, yielder } from './page-progress';
import { getScanService } from './scan-service';

/** Controls of the page, counted without scanning them (what « Lecture de N contrôles » says). */
const countControls = () => document.querySelectorAll('input, select, textarea, [contenteditable]').length;

const NO_DOSSIER =
  'Aucun dossier actif : créez ou importez un dossier dans l’éditeur, puis choisissez-le ici.';

const ref = (d: DossierDto) => ({ id: d.id, name: d.name, repertoire: d.repertoire });

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

/** Answers the popup about this page (top frame only: the popup addresses frame 0). */
export function registerPageHandlers(ctx: ContentScriptContext): void {
  if (window !== window.top) return;
  const service = getScanService(ctx);
  const { onMessage } = pageMessenger;

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
  const needDossier = (d: DossierDto | null): DossierDto => {
    if (!d) throw new Error(NO_DOSSIER);
    return d;
  };
  const scanReply = async (): Promise<PageScan> => {
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
  };

  const offs = [
    onMessage('pageProgress', pageProgress),
    onMessage('getPageScan', scanReply),
    onMessage('reloadMappings', scanReply),
    onMessage('previewPrefill', async () => {
      const { fields, states, dossier } = await fresh();
      const d = needDossier(dossier);
      return { dossier: ref(d), ...previewRequest(fields, states, d) };
    }),
    onMessage('applyPrefill', ({ data }) =>
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
    ),
    onMessage('previewUndo', () => serialised(previewUndo)),
    onMessage('undoPrefill', ({ data }) => {
      const { restore } = UndoInput.parse(data ?? { restore: [] });
      return serialised(() => undoLast(new Set(restore), creation));
    }),
    onMessage('previewCapture', async () => {
      const { states, dossier } = await fresh();
      const d = needDossier(dossier);
      return { dossier: ref(d), lines: captureDiff(states, d) };
    }),
    onMessage('focusField', async ({ data }) => {
      const { key } = FocusInput.parse(data);
      const field = service.current().find((f) => keyOf(f.element) === key);
      return field ? focusControl(ctx, field) : false;
    }),
  ];
  ctx.onInvalidated(() => {
    for (const off of offs) off();
  });
}
