import { browser } from 'wxt/browser';
import { z } from 'zod';
import { type Dossier, toDto } from '../dossier/model';
import { setValue } from '../dossier/paths';
import { getActiveDossier, getDossier, saveDossier } from '../storage/dossier-store';
import { listPageLimits, rememberPageLimit } from '../storage/limit-store';
import { deleteMapping, listMappings, saveMapping } from '../storage/mapping-store';
import { blobToBase64 } from '../transfer/base64';
import {
  AttachmentRequest,
  backgroundMessenger,
  CaptureInput,
  LimitsInput,
  MappingInput,
  OpenEditorInput,
} from './background-protocol';

async function capture(input: z.infer<typeof CaptureInput>) {
  const d = await getDossier(input.dossierId);
  if (!d) throw new Error('Dossier introuvable');
  const next = input.changes.reduce<Dossier>((acc, c) => setValue(acc, c.path, c.value), d);
  return toDto(await saveDossier(next, 'capture'));
}

/** Registers every handler; returns the function that removes them. */
export function registerBackgroundHandlers(): () => void {
  const { onMessage } = backgroundMessenger;
  const offs = [
    onMessage('getActiveDossier', async () => {
      const d = await getActiveDossier();
      return d ? toDto(d) : null;
    }),
    onMessage('getAttachmentData', async ({ data }) => {
      const req = AttachmentRequest.parse(data);
      const a = (await getDossier(req.dossierId))?.attachments.find((x) => x.id === req.attachmentId);
      return a ? { name: a.name, type: a.type, base64: await blobToBase64(a.blob) } : null;
    }),
    onMessage('applyCapture', ({ data }) => capture(CaptureInput.parse(data))),
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
  ];
  return () => {
    for (const off of offs) off();
  };
}
