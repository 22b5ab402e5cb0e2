// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Chromium refuses an extension message over 64 MiB (« Message exceeded maximum allowed size »). */
const CHROMIUM_MESSAGE_LIMIT = 64 * 1024 * 1024;
const bus = vi.hoisted(() => ({
  handlers: new Map<string, (m: { data: unknown }) => unknown>(),
  sizes: [] as number[],
}));

// The runtime's message channel, in memory: messages cross as JSON, as Chromium sends them.
vi.mock('@/utils/messaging/background-messenger', () => ({
  backgroundMessenger: {
    onMessage: (type: string, handler: (m: { data: unknown }) => unknown) => {
      bus.handlers.set(type, handler);
      return () => bus.handlers.delete(type);
    },
    sendMessage: async (type: string, data: unknown) => {
      const handler = bus.handlers.get(type);
      if (!handler) throw new Error(`no handler for ${type}`);
      const reply = JSON.stringify((await handler({ data: JSON.parse(JSON.stringify(data)) })) ?? null);
      bus.sizes.push(reply.length);
      if (reply.length > CHROMIUM_MESSAGE_LIMIT)
        throw new Error('Message exceeded maximum allowed size of 64MiB');
      return JSON.parse(reply);
    },
  },
}));

const { attachmentFiles } = await import('@/entrypoints/certifpro.content/fill/files');
const { registerBackgroundHandlers } = await import('@/utils/messaging/background-handlers');
const { ATTACHMENT_CHUNK_BYTES } = await import('@/utils/messaging/background-protocol');
const { addDossier } = await import('@/utils/storage/dossier-store');
const { addAttachmentFiles, AttachmentTooLargeError, MAX_ATTACHMENT_BYTES } = await import(
  '@/utils/storage/file-store'
);
const { getDb } = await import('@/utils/storage/db');

const MB = 1024 * 1024;

/** Bytes that differ from one position to the next (a misplaced chunk changes them). */
function pattern(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 13)) & 0xff;
  return bytes;
}

beforeEach(() => {
  bus.handlers.clear();
  bus.sizes.length = 0;
  registerBackgroundHandlers();
});

describe('attachment transfer background → page, chunk by chunk', () => {
  it('brings a file over several messages byte for byte, each message under Chromium’s limit', async () => {
    const db = getDb();
    const d = await addDossier('RNCP', 'Pièces', db);
    const size = ATTACHMENT_CHUNK_BYTES + 3;
    const source = pattern(size);
    const { added } = await addAttachmentFiles(
      d.id,
      'pieces.referentiel',
      [new File([source], 'référentiel.pdf', { type: 'application/pdf' })],
      {},
      db,
    );
    const [file] = await attachmentFiles(
      d.id,
      added.map((a) => a.id),
    );
    expect(file?.name).toBe('référentiel.pdf');
    expect(file?.type).toBe('application/pdf');
    expect(file?.size).toBe(size);
    const back = new Uint8Array(await (file as File).arrayBuffer());
    expect(Buffer.compare(Buffer.from(back), Buffer.from(source))).toBe(0);
    expect(bus.sizes).toHaveLength(2);
    for (const s of bus.sizes) expect(s).toBeLessThan(CHROMIUM_MESSAGE_LIMIT);
  });

  it('a 200 MB file fits: its largest message stays well under the limit', () => {
    // Base64 of one chunk plus its envelope; MAX_ATTACHMENT_BYTES / chunk messages of that size.
    const largest = Math.ceil(ATTACHMENT_CHUNK_BYTES / 3) * 4 + 1024;
    expect(largest).toBeLessThan(CHROMIUM_MESSAGE_LIMIT / 2);
    expect(Math.ceil(MAX_ATTACHMENT_BYTES / ATTACHMENT_CHUNK_BYTES)).toBe(25);
  });

  it('a piece the dossier does not hold is refused in French', async () => {
    const db = getDb();
    const d = await addDossier('RNCP', 'Sans pièce', db);
    await expect(attachmentFiles(d.id, ['inconnue'])).rejects.toThrow(
      'Pièce jointe introuvable dans le dossier (inconnue).',
    );
  });
});

describe('attachments over 200 MB', () => {
  it('are refused when added, with the reason in French, and nothing is written', async () => {
    const db = getDb();
    const d = await addDossier('RNCP', 'Trop lourd', db);
    const small = new File([pattern(10)], 'petit.pdf', { type: 'application/pdf' });
    const big = new File([pattern(10)], 'scan-complet.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: MAX_ATTACHMENT_BYTES + 1 * MB });
    const files = await db.files.count();
    const error = await addAttachmentFiles(d.id, 'pieces.referentiel', [small, big], {}, db).catch((e) => e);
    expect(error).toBeInstanceOf(AttachmentTooLargeError);
    expect(error.message).toBe(
      '« scan-complet.pdf » n’a pas été ajouté : il pèse 201\u00a0Mo, au-delà de la limite de 200\u00a0Mo par pièce jointe. Réduisez-le (PDF compressé, numérisation en 150 ppp) ou découpez-le, puis ajoutez-le de nouveau.',
    );
    expect(await db.files.count()).toBe(files);
    expect((await db.dossiers.get(d.id))?.attachments).toEqual([]);
  });

  it('a file of exactly 200 MB is accepted (the limit is inclusive)', async () => {
    const db = getDb();
    const d = await addDossier('RNCP', 'À la limite', db);
    const edge = new File([pattern(10)], 'limite.pdf', { type: 'application/pdf' });
    Object.defineProperty(edge, 'size', { value: MAX_ATTACHMENT_BYTES });
    const { added } = await addAttachmentFiles(d.id, 'pieces.referentiel', [edge], {}, db);
    expect(added.map((a) => a.name)).toEqual(['limite.pdf']);
  });
});
