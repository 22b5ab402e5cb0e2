import { browser } from 'wxt/browser';
import { z } from 'zod';
import { type Dossier, toDto } from '../dossier/model';
import { setValue } from '../dossier/paths';
import { DraftMessage } from '../storage/draft-message';
import { applyDraft } from '../storage/drafts';
import { attachmentFileInfo, readAttachmentChunk } from '../storage/file-store';
import { listPageLimits, rememberPageLimit } from '../storage/limit-store';
import { deleteMapping, listMappings, saveMapping } from '../storage/mapping-store';
import { mutateDossier } from '../storage/save-patch';
import { readActiveDossierSettled, readDossierSettled } from '../storage/settled-read';
import { bytesToBase64 } from '../transfer/base64';
import {
  ATTACHMENT_CHUNK_BYTES,
  type AttachmentChunk,
  AttachmentChunkRequest,
  backgroundMessenger,
  CaptureInput,
  LimitsInput,
  MappingInput,
  OpenEditorInput,
} from './background-protocol';

async function capture(input: z.infer<typeof CaptureInput>) {
  const { dossier } = await mutateDossier(
    input.dossierId,
    (d) => input.changes.reduce<Dossier>((acc, c) => setValue(acc, c.path, c.value), d),
    { reason: 'capture', writer: 'capture' },
  );
  return toDto(dossier);
}

async function attachmentChunk(req: z.infer<typeof AttachmentChunkRequest>): Promise<AttachmentChunk | null> {
  const d = await readDossierSettled(req.dossierId);
  const meta = d?.attachments.find((x) => x.id === req.attachmentId);
  const info = meta ? await attachmentFileInfo(meta.id) : undefined;
  if (!meta || !info) return null;
  const bytes = await readAttachmentChunk(meta.id, req.offset, ATTACHMENT_CHUNK_BYTES);
  if (!bytes) return null;
  return {
    name: meta.name,
    type: meta.type,
    size: info.size,
    offset: req.offset,
    base64: bytesToBase64(bytes),
  };
}

/** The script's path in the built extension (WXT writes unlisted scripts at the root). */
export const PREFILL_ENGINE_FILE = '/prefill-engine.js';

/**
 * Runs the pre-fill engine in the frame that asked, in the extension's isolated world (the same
 * one as its content script). Only a frame of a tab can ask; the host permissions decide where.
 */
async function injectPrefillEngine(sender: { tab?: { id?: number }; frameId?: number }): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('Seule une page de Certif Pro peut charger le pré-remplissage.');
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [PREFILL_ENGINE_FILE],
  });
}

/** Registers every handler; returns the function that removes them. */
export function registerBackgroundHandlers(): () => void {
  const { onMessage } = backgroundMessenger;
  const offs = [
    onMessage('getActiveDossier', async () => {
      const d = await readActiveDossierSettled();
      return d ? toDto(d) : null;
    }),
    onMessage('getAttachmentChunk', ({ data }) => attachmentChunk(AttachmentChunkRequest.parse(data))),
    onMessage('applyCapture', ({ data }) => capture(CaptureInput.parse(data))),
    onMessage('applyDraft', ({ data }) => applyDraft(DraftMessage.parse(data))),
    onMessage('listMappings', () => listMappings()),
    onMessage('saveMapping', ({ data }) => saveMapping(MappingInput.parse(data))),
    onMessage('deleteMapping', ({ data }) => deleteMapping(z.number().int().parse(data))),
    onMessage('rememberPageLimits', async ({ data }) => {
      for (const l of LimitsInput.parse(data)) await rememberPageLimit(l);
    }),
    onMessage('listPageLimits', () => listPageLimits()),
    onMessage('openEditor', async ({ data }) => {
      const { dossierId, path } = OpenEditorInput.parse(data);
      const hash = dossierId
        ? `#/dossier/${dossierId}${path ? `/champ/${encodeURIComponent(path)}` : ''}`
        : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
    }),
    onMessage('loadPrefillEngine', ({ sender }) => injectPrefillEngine(sender)),
  ];
  return () => {
    for (const off of offs) off();
  };
}
