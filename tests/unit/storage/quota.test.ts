// @vitest-environment node
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeSaveError } from '@/components/editor/save-error';
import { addDossier } from '@/utils/storage/dossier-store';
import { storedFile } from '@/utils/storage/file-store';
import { isQuotaError } from '@/utils/storage/quota';
import { freshDb } from '../../helpers/db';

const domQuota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('quota errors however wrapped', () => {
  it.each([
    ['a DOMException', domQuota()],
    ['Dexie’s own error', new Dexie.QuotaExceededError('quota')],
    ['the inner error of Dexie’s AbortError', new Dexie.AbortError('Transaction aborted', domQuota())],
    ['an error whose cause it is', new Error('save failed', { cause: domQuota() })],
    [
      'one failure of a BulkError',
      Object.assign(new Error('bulk'), { name: 'BulkError', failures: [domQuota()] }),
    ],
    ['Firefox’s old name', Object.assign(new Error('x'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' })],
    ['a message only', new Error('UnknownError: QuotaExceededError: no room')],
  ])('recognises %s', (_what, e) => {
    expect(isQuotaError(e)).toBe(true);
  });

  it('does not mistake other errors for it', () => {
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new Error('ConstraintError')))).toBe(
      false,
    );
    expect(isQuotaError(new Error('Dossier introuvable'))).toBe(false);
  });

  it('explains it in French with what uses the space', async () => {
    const db = freshDb();
    const d = await addDossier('RNCP', 'Titre avec gros PDF', db);
    const meta = {
      id: 'gros',
      fieldId: 'pieces.referentiel',
      name: 'gros.pdf',
      type: 'application/pdf',
      size: 3 * 1024 * 1024,
      documentDate: null,
      addedAt: d.createdAt,
    };
    await db.files.put(storedFile(meta, new Blob([new Uint8Array(meta.size)])));
    await db.dossiers.update(d.id, { attachments: [meta] });
    const lines = await describeSaveError(new Dexie.AbortError('Transaction aborted', domQuota()), db);
    expect(lines[0]).toMatch(/^Espace de stockage plein/);
    expect(lines.join('\n')).toContain('« Titre avec gros PDF » : 3\u00a0Mo de pièces jointes.');
    expect(lines.join('\n')).not.toMatch(/QuotaExceededError|Erreur inattendue/);
  });
});
