import { describe, expect, it } from 'vitest';
import { validateDossier } from '@/utils/validation';
import { attachmentDateProblems } from '@/utils/validation/attachments';
import { attachment, completeDossier, TODAY } from './complete-dossier';

const codes = (fieldId: string, date: string | null, filedOn: string | null = null) =>
  attachmentDateProblems([attachment(fieldId, date)], TODAY, filedOn).map((p) => p.code);

describe('documents under 3 months (today: 15 April 2026)', () => {
  it('a document from 15 January 2026 is exactly 3 months old: last valid day, warned', () => {
    expect(codes('pieces.bulletinN3', '2026-01-15')).toEqual(['document-expires-soon']);
  });

  it('one day older is too old', () => {
    const p = attachmentDateProblems([attachment('pieces.bulletinN3', '2026-01-14')], TODAY);
    expect(p.map((x) => [x.code, x.severity])).toEqual([['document-too-old', 'error']]);
    expect(p[0]?.message).toContain('Le bulletin n° 3 du casier judiciaire date du 14/01/2026');
    expect(p[0]?.message).toContain('moins de 3 mois');
  });

  it('recent documents pass; documents within 14 days of expiry are warned', () => {
    expect(codes('pieces.bulletinN3', '2026-04-01')).toEqual([]);
    expect(codes('pieces.bulletinN3', '2026-01-30')).toEqual([]);
    expect(codes('pieces.bulletinN3', '2026-01-29')).toEqual(['document-expires-soon']);
  });

  it('applies to the Kbis and the délégation too, not to other pieces', () => {
    expect(codes('compte.pjExistenceLegale', '2025-12-01')).toEqual(['document-too-old']);
    expect(codes('compte.pjDelegationMandat', '2025-12-01')).toEqual(['document-too-old']);
    expect(codes('pieces.referentiel', '2020-01-01')).toEqual([]);
  });

  it('a missing date is a warning', () => {
    const p = attachmentDateProblems([attachment('compte.pjExistenceLegale', null)], TODAY);
    expect(p.map((x) => [x.code, x.severity])).toEqual([['date-missing', 'warning']]);
  });

  it('a date in the future is an error', () => {
    expect(codes('pieces.bulletinN3', '2026-04-16')).toEqual(['date-future']);
    expect(codes('pieces.bulletinN3', '2026-04-15')).toEqual([]);
  });

  it('warns when the planned filing date is past the 3 months', () => {
    expect(codes('pieces.bulletinN3', '2026-03-01', '2026-06-15')).toEqual([
      'document-expires-before-filing',
    ]);
    expect(codes('pieces.bulletinN3', '2026-04-01', '2026-06-15')).toEqual([]);
  });

  it('end of month: 30 November + 3 months = 28 February', () => {
    const feb28 = new Date(2026, 1, 28);
    expect(
      attachmentDateProblems([attachment('pieces.bulletinN3', '2025-11-30')], feb28).map((p) => p.code),
    ).toEqual(['document-expires-soon']);
    const mar1 = new Date(2026, 2, 1);
    expect(
      attachmentDateProblems([attachment('pieces.bulletinN3', '2025-11-30')], mar1).map((p) => p.code),
    ).toEqual(['document-too-old']);
  });

  it('validateDossier reports them and the missing required pieces', () => {
    const d = completeDossier('RNCP');
    const old = {
      ...d,
      attachments: d.attachments.map((a) =>
        a.fieldId === 'pieces.bulletinN3' ? { ...a, documentDate: '2025-01-01' } : a,
      ),
    };
    expect(validateDossier(old, { today: TODAY }).map((p) => p.code)).toEqual(['document-too-old']);
    const none = { ...d, attachments: d.attachments.filter((a) => a.fieldId !== 'pieces.bulletinN3') };
    const p = validateDossier(none, { today: TODAY });
    expect(p.map((x) => [x.path, x.code])).toEqual([['pieces.bulletinN3', 'required']]);
    expect(p[0]?.message).toBe('Pièce jointe obligatoire.');
  });
});
