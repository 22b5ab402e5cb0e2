// @vitest-environment node

import { Packer } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { createDossier } from '@/utils/dossier/factory';
import type { Dossier } from '@/utils/dossier/model';
import { setValue } from '@/utils/dossier/paths';
import { assembleResponse, versionAtReceipt } from '@/utils/response/assemble';
import { responseDocx } from '@/utils/response/docx';
import { changeLine } from '@/utils/response/wording';
import type { ComplementRequest, Revision, TrackedComment } from '@/utils/storage/records';

const local = (day: string, time: string) => new Date(`${day}T${time}`).toISOString();

function setup() {
  let before = createDossier('RNCP', 'Titre RPRE');
  before = setValue(before, 'fiche.intitule', 'Responsable de projets de rénovation énergétique');
  before = setValue(before, 'fiche.voiesAcces.vae.compositionJury', '<p>Jury de trois formateurs.</p>');
  before = setValue(before, 'fiche.blocs[0].libelle', 'Piloter un chantier');
  let after: Dossier = setValue(
    before,
    'fiche.voiesAcces.vae.compositionJury',
    '<p>Jury de quatre membres, dont deux professionnels.</p>',
  );
  after = setValue(after, 'fiche.blocs[0].libelle', 'Piloter un chantier de rénovation');
  after = setValue(after, 'fiche.codesRome', ['F1106']);
  const kept = {
    id: 'old',
    fieldId: 'pieces.kbis',
    name: 'kbis.pdf',
    type: 'application/pdf',
    size: 10,
    documentDate: null,
    addedAt: local('2026-01-02', '09:00'),
  };
  before = { ...before, attachments: [kept] };
  after = {
    ...after,
    attachments: [
      kept,
      {
        id: 'new',
        fieldId: 'pieces.dispositifVae',
        name: 'dispositif-vae.pdf',
        type: 'application/pdf',
        size: 20,
        documentDate: null,
        addedAt: local('2026-01-14', '11:30'),
      },
    ],
  };
  const revisions: Revision[] = [
    {
      id: 1,
      dossierId: before.id,
      savedAt: local('2026-01-05', '10:00'),
      reason: 'create',
      snapshot: before,
    },
    {
      id: 2,
      dossierId: before.id,
      savedAt: local('2026-01-11', '18:00'),
      reason: 'autosave',
      snapshot: before,
    },
    {
      id: 3,
      dossierId: before.id,
      savedAt: local('2026-01-14', '11:31'),
      reason: 'autosave',
      snapshot: after,
    },
  ];
  const request: ComplementRequest = {
    id: 'r1',
    dossierId: before.id,
    receivedOn: '2026-01-12',
    dueOn: '2026-02-11',
    deadline: {
      rule: { kind: 'duration', amount: 30, unit: 'jours', from: 'reception' },
      words: 'dans un délai de 30 jours',
      sentence: '…',
      letterDate: '2026-01-08',
    },
    ignored: [],
    createdAt: local('2026-01-12', '09:00'),
    updatedAt: local('2026-01-12', '09:00'),
  };
  const remark = (
    id: string,
    position: number,
    criterion: string,
    text: string,
    fields: string[],
    answer: string,
  ): TrackedComment => ({
    id,
    dossierId: before.id,
    requestId: 'r1',
    position,
    text,
    criterion,
    criterionByUser: false,
    confidence: 0.9,
    fields,
    status: 'corrige',
    note: '',
    answer,
    createdAt: request.createdAt,
    updatedAt: request.createdAt,
    receivedOn: '2026-01-12',
  });
  // Development letter l01's remarks 2 and 3.
  const comments = [
    remark(
      'c6',
      1,
      '6',
      "Les membres du jury prévu pour les candidats à la VAE ne sont pas identifiés et la part de professionnels n'est pas indiquée.",
      ['fiche.voiesAcces.vae.compositionJury', 'pieces.dispositifVae', 'rncp.critere6.pieces'],
      'Le jury compte désormais deux professionnels.\nLa composition figure dans le dispositif joint.',
    ),
    remark(
      'c2',
      0,
      '2 bis',
      'Les qualifications des formateurs intervenus auprès des promotions 2024 et 2025 ne sont pas justifiées.',
      ['rncp.critere2bis.argumentaire'],
      '',
    ),
  ];
  return { after, revisions, request, comments };
}

describe('response to a request for additions', () => {
  it('links each change and attachment since the letter was received to the remarks naming them', () => {
    const { after, revisions, request, comments } = setup();
    const doc = assembleResponse({ request, comments, dossier: after, revisions, today: '2026-01-20' });
    expect(doc.since).toEqual({ savedAt: revisions[1]?.savedAt, exact: true });
    expect(doc.remarks.map((r) => [r.number, r.criterion?.slice(0, 10), r.answer.length > 0])).toEqual([
      [1, 'RNCP 2° bi', false],
      [2, 'RNCP 6° — ', true],
    ]);
    const vae = doc.remarks[1];
    expect(vae?.changes).toEqual([
      {
        fieldId: 'fiche.voiesAcces.vae.compositionJury',
        path: 'fiche.voiesAcces.vae.compositionJury',
        label: expect.any(String),
        before: 'Jury de trois formateurs.',
        after: 'Jury de quatre membres, dont deux professionnels.',
      },
    ]);
    expect(vae?.attachments.map((a) => a.name)).toEqual(['dispositif-vae.pdf']);
    // What no remark names is kept apart, the attachment kept from before is not « added ».
    expect(doc.otherChanges.map((c) => [c.path, c.before, c.after])).toEqual([
      ['fiche.codesRome', '', expect.stringContaining('F1106')],
      ['fiche.blocs[0].libelle', 'Piloter un chantier', 'Piloter un chantier de rénovation'],
    ]);
    expect(doc.otherChanges[1]?.label).toMatch(/^Bloc n°\u00a01 — /);
    expect(doc.otherAttachments).toEqual([]);
    expect(changeLine(doc.otherChanges[0]!)).toMatch(/: \(vide\) → «\u00a0F1106/);
  });

  it('counts from the oldest version kept when none is older than the letter, and says so', () => {
    const { after, revisions, request, comments } = setup();
    const late = revisions.slice(2);
    expect(versionAtReceipt(late, '2026-01-12')).toMatchObject({ exact: false, savedAt: late[0]?.savedAt });
    const doc = assembleResponse({ request, comments, dossier: after, revisions: late, today: '2026-01-20' });
    expect(doc.since?.exact).toBe(false);
    expect(doc.remarks[1]?.changes).toEqual([]);
  });

  it('writes a .docx holding the due date, each remark, its criterion, answer, changes and attachments', async () => {
    const { after, revisions, request, comments } = setup();
    const doc = assembleResponse({ request, comments, dossier: after, revisions, today: '2026-01-20' });
    const buffer = await Packer.toBuffer(responseDocx(doc));
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(buffer) });
    expect(text).toContain('Réponse à la demande de compléments');
    expect(text).toContain('Réponse attendue au plus tard le 11\u00a0février\u00a02026');
    expect(text).toContain('Responsable de projets de rénovation énergétique');
    for (const c of comments) expect(text).toContain(c.text);
    expect(text).toMatch(/Remarque 1 — RNCP 2° bis — Réalité des moyens/);
    expect(text).toContain('Aucune réponse rédigée.');
    expect(text).toContain('Le jury compte désormais deux professionnels.');
    expect(text).toContain('La composition figure dans le dispositif joint.');
    expect(text).toContain(
      '«\u00a0Jury de trois formateurs.\u00a0» → «\u00a0Jury de quatre membres, dont deux professionnels.\u00a0»',
    );
    expect(text).toContain('dispositif-vae.pdf — ');
    expect(text).toContain('Autres modifications du dossier');
    expect(text.indexOf('Le jury compte')).toBeGreaterThan(text.indexOf('Remarque 2 — '));
  });
});

describe('a dossier created after the letter', () => {
  it('counts from its creation and says so', async () => {
    const { sinceLine } = await import('@/utils/response/wording');
    const d = createDossier('RS', 'Habilitation');
    const revisions: Revision[] = [
      {
        id: 1,
        dossierId: d.id,
        savedAt: new Date('2026-12-03T09:00:00').toISOString(),
        reason: 'create',
        snapshot: d,
      },
    ];
    expect(versionAtReceipt(revisions, '2026-12-02')).toMatchObject({ exact: false, created: true });
    const request = {
      id: 'r',
      dossierId: d.id,
      receivedOn: '2026-12-02',
      dueOn: null,
      deadline: null,
      ignored: [],
      createdAt: '',
      updatedAt: '',
    };
    const doc = assembleResponse({ request, comments: [], dossier: d, revisions, today: '2026-12-03' });
    expect(sinceLine(doc)).toMatch(
      /^Modifications comptées depuis la création du dossier dans Certifill \(03\/12\/2026 à 09:00\)\.$/,
    );
  });
});
