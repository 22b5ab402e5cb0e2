import type { z } from 'zod';
import {
  CapturePreview,
  FillReport,
  PageProgress,
  PageScan,
  PrefillPreview,
  pageMessenger,
  UndoPreview,
  UndoReport,
} from '@/utils/messaging/page-protocol';

/** Shown when the tab is not Certif Pro, or its content script does not answer. */
export const NOT_A_PAGE =
  'Ouvrez une page de Certif Pro (certifpro.francecompetences.fr) dans cet onglet, puis rouvrez Certifill. Si la page est déjà ouverte, rechargez-la.';

export class PageUnavailable extends Error {}

/** The page answers but has not finished: a message that says so (not « open a Certif Pro page »). */
export const TOO_SLOW =
  'La page n’a pas fini d’être lue après 3 minutes : rechargez-la, puis rouvrez Certifill.';

const TIMEOUT_MS = 20_000;
/** A page of 20 000 controls takes tens of seconds to scan on a slow machine: the panel shows progress meanwhile. */
const SCAN_TIMEOUT_MS = 180_000;

async function ask<S extends z.ZodType>(
  schema: S,
  send: () => Promise<unknown>,
  timeout = TIMEOUT_MS,
  lateMessage = NOT_A_PAGE,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PageUnavailable(lateMessage)), timeout);
  });
  try {
    const raw = await Promise.race([send(), late]);
    return schema.parse(raw) as z.infer<S>;
  } catch (e) {
    if (e instanceof PageUnavailable) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    // No listener in the tab: not a Certif Pro page, or opened before the extension was installed.
    if (/Receiving end does not exist|No response|Could not establish connection/i.test(msg))
      throw new PageUnavailable(NOT_A_PAGE);
    throw e instanceof Error ? e : new Error(msg);
  } finally {
    clearTimeout(timer);
  }
}

/** The content script of the tab's top frame, with every answer checked by zod. */
export function pageClient(tabId: number) {
  const to = { tabId, frameId: 0 };
  return {
    // No content script answers at once (« Receiving end does not exist »): only a slow page waits this long.
    scan: () =>
      ask(PageScan, () => pageMessenger.sendMessage('getPageScan', undefined, to), SCAN_TIMEOUT_MS, TOO_SLOW),
    progress: () => ask(PageProgress, () => pageMessenger.sendMessage('pageProgress', undefined, to), 5000),
    reloadMappings: () => ask(PageScan, () => pageMessenger.sendMessage('reloadMappings', undefined, to)),
    previewPrefill: () =>
      ask(PrefillPreview, () => pageMessenger.sendMessage('previewPrefill', undefined, to)),
    applyPrefill: (overwrite: string[]) =>
      ask(FillReport, () => pageMessenger.sendMessage('applyPrefill', { overwrite }, to), 120_000),
    previewUndo: () => ask(UndoPreview, () => pageMessenger.sendMessage('previewUndo', undefined, to)),
    /** `restore`: keys of fields changed since the fill that the person ticked to put back too. */
    undoPrefill: (restore: string[] = []) =>
      ask(UndoReport, () => pageMessenger.sendMessage('undoPrefill', { restore }, to), 60_000),
    previewCapture: () =>
      ask(CapturePreview, () => pageMessenger.sendMessage('previewCapture', undefined, to)),
    focusField: (key: string) => pageMessenger.sendMessage('focusField', { key }, to).catch(() => false),
  };
}

export type PageClient = ReturnType<typeof pageClient>;
