import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TrackedList } from '@/components/comments/TrackedList';
import type { TrackedComment } from '@/utils/storage/records';
import { dossierDb, eventually, renderWithDb } from '../comments-ui/setup';

const at = '2026-12-01T08:00:00.000Z';
const remark = (
  dossierId: string,
  id: string,
  confidence: number,
  criterionByUser = false,
): TrackedComment => ({
  id,
  dossierId,
  requestId: 'r1',
  position: 0,
  // c264 (development part).
  text: 'Le tableau des promotions est incomplet : les effectifs 2024 manquent.',
  criterion: '1',
  criterionByUser,
  confidence,
  fields: [],
  status: 'a_traiter',
  note: '',
  answer: '',
  createdAt: at,
  updatedAt: at,
  receivedOn: '2026-12-01',
});

describe('a tracked remark of low confidence', () => {
  it('says « à confirmer » until the user confirms its criterion', async () => {
    const { db, dossier } = await dossierDb();
    const low = remark(dossier.id, 'low', 0.27);
    await db.comments.bulkAdd([low, remark(dossier.id, 'high', 0.9)]);
    const rules = { repertoire: 'RNCP' as const, filedOn: dossier.filedOn };
    renderWithDb(db, <TrackedList comments={[low, remark(dossier.id, 'high', 0.9)]} rules={rules} />);
    const items = screen.getAllByTestId('tracked-item');
    expect(within(items[0] as HTMLElement).getByTestId('to-confirm').textContent).toBe('à confirmer');
    expect(within(items[1] as HTMLElement).queryByTestId('to-confirm')).toBeNull();
    fireEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: 'Confirmer ce critère' }));
    await eventually(async () => {
      expect((await db.comments.get('low'))?.criterionByUser).toBe(true);
    });
  });
});
