import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { longDate } from '../comments/due-text';
import type { AddedAttachment, ResponseDocument, ResponseRemark } from './assemble';
import type { FieldChange } from './field-changes';
import { attachmentLine, changeLine, headerLines, remarkTitle, sinceLine } from './wording';

const para = (text: string, opts: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...opts })], spacing: { after: 80 } });

/** Multi-line text: one paragraph per line, blank lines kept as paragraph breaks. */
const lines = (text: string, opts: { italics?: boolean } = {}) =>
  text
    .split(/\n+/)
    .filter((l) => l.trim() !== '')
    .map((l) => para(l, opts));

const label = (text: string) =>
  new Paragraph({ children: [new TextRun({ text, bold: true })], spacing: { before: 120, after: 40 } });

const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

function changesBlock(title: string, changes: readonly FieldChange[], files: readonly AddedAttachment[]) {
  const out: Paragraph[] = [];
  if (changes.length > 0) out.push(label(title), ...changes.map((c) => bullet(changeLine(c))));
  if (files.length > 0)
    out.push(label('Pièces jointes ajoutées'), ...files.map((a) => bullet(attachmentLine(a))));
  return out;
}

function remarkBlock(r: ResponseRemark): Paragraph[] {
  return [
    new Paragraph({
      text: remarkTitle(r),
      heading: HeadingLevel.HEADING_2,
      spacing: { before: 240, after: 80 },
    }),
    ...(r.heading ? [para(r.heading, { italics: true })] : []),
    label('Remarque de l’instructeur'),
    ...lines(r.text, { italics: true }),
    label('Réponse'),
    ...(r.answer ? lines(r.answer) : [para('Aucune réponse rédigée.', { italics: true })]),
    ...changesBlock('Modifications apportées au dossier', r.changes, r.attachments),
  ];
}

/** The response as a Word document (.docx), built with the `docx` package. */
export function responseDocx(doc: ResponseDocument): Document {
  const children: Paragraph[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT }),
    ...headerLines(doc).map((l) => para(l)),
  ];
  const since = sinceLine(doc);
  if (since) children.push(para(since, { italics: true }));
  for (const r of doc.remarks) children.push(...remarkBlock(r));
  if (doc.otherChanges.length > 0 || doc.otherAttachments.length > 0) {
    children.push(
      new Paragraph({
        text: 'Autres modifications du dossier',
        heading: HeadingLevel.HEADING_2,
        spacing: { before: 240, after: 80 },
      }),
      ...changesBlock('Champs modifiés', doc.otherChanges, doc.otherAttachments),
    );
  }
  children.push(para(`Document établi le ${longDate(doc.generatedOn)} avec Certifill.`, { italics: true }));
  return new Document({
    creator: 'Certifill',
    title: doc.title,
    description: `${doc.title} — ${doc.dossierName}`,
    sections: [{ children }],
  });
}

/** The .docx file's bytes, as a Blob (extension pages) — Packer works in the browser and in Node. */
export function responseDocxBlob(doc: ResponseDocument): Promise<Blob> {
  return Packer.toBlob(responseDocx(doc));
}
