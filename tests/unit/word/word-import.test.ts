// @vitest-environment happy-dom
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { blocsInUse } from '@/utils/word/blocs-in-use';
import { docxToHtml } from '@/utils/word/convert';
import { planWordImport } from '@/utils/word/plan';

const bytesOf = async (doc: Document) => new Uint8Array(await Packer.toArrayBuffer(doc));
const bufferOf = (u: Uint8Array) => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const bullet = (text: string, bold = false) =>
  new Paragraph({ children: [new TextRun({ text, bold })], bullet: { level: 0 } });
const cell = (children: Paragraph[], extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children, ...extra });

async function planOf(doc: Document, repertoire: 'RNCP' | 'RS' = 'RNCP', existing = 0) {
  const html = await docxToHtml(bufferOf(await bytesOf(doc)));
  if (!html.ok) throw new Error(html.message);
  return planWordImport(html.html, repertoire, existing);
}

describe('Word documents: headings matched to the dossier’s fields', () => {
  it('places each section under the field its heading names, keeps lists and bold, lists the rest', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            para('Dossier préparé par le service qualité.'),
            heading('Activités visées'),
            para('Le titulaire :'),
            bullet('installe les équipements ;', true),
            bullet('dépanne les réseaux.'),
            new Paragraph({ children: [new TextRun({ text: 'Compétences attestées :', bold: true })] }),
            para('Configurer un commutateur.'),
            heading('3. Modalités d’évaluation'),
            para('Mise en situation professionnelle.'),
            heading('Critère 3 : qualité des référentiels'),
            para('Révisé en 2025.'),
            heading('Historique du projet'),
            para('Commencé en 2023.'),
          ],
        },
      ],
    });
    const { sections, newBlocs } = await planOf(doc);
    expect(newBlocs).toBe(0);
    expect(sections.map((s) => [s.title, s.target, s.html])).toEqual([
      ['Début du document', null, '<p>Dossier préparé par le service qualité.</p>'],
      [
        'Activités visées',
        'fiche.activitesVisees',
        '<p>Le titulaire :</p><ul><li><strong>installe les équipements ;</strong></li><li>dépanne les réseaux.</li></ul>',
      ],
      ['Compétences attestées', 'fiche.competencesAttestees', '<p>Configurer un commutateur.</p>'],
      // An RNCP fiche has its modalités per bloc: outside a bloc, the user places them.
      ['3. Modalités d’évaluation', null, '<p>Mise en situation professionnelle.</p>'],
      ['Critère 3 : qualité des référentiels', 'rncp.critere3.argumentaire', '<p>Révisé en 2025.</p>'],
      ['Historique du projet', null, '<p>Commencé en 2023.</p>'],
    ]);
  });
});

describe('Word documents: a référentiel laid out like the framework’s', () => {
  /** Two header rows (« Référentiel d’évaluation » over « Modalité(s) | Critères »), a modalité merged down. */
  function referentiel(rows: [string, string | null, string[]][]) {
    const header = new TableRow({
      children: [
        cell([para('Référentiel de compétences')], { verticalMerge: VerticalMergeType.RESTART }),
        cell([para('Référentiel d’évaluation')], { columnSpan: 2 }),
      ],
    });
    const sub = new TableRow({
      children: [
        cell([para('')], { verticalMerge: VerticalMergeType.CONTINUE }),
        cell([para('Modalité(s)')]),
        cell([para('Critères')]),
      ],
    });
    return new Table({
      rows: [
        header,
        sub,
        ...rows.map(
          ([competence, modalite, criteres]) =>
            new TableRow({
              children: [
                cell([new Paragraph({ children: [new TextRun({ text: competence, bold: true })] })]),
                modalite === null
                  ? cell([para('')], { verticalMerge: VerticalMergeType.CONTINUE })
                  : cell([new Paragraph({ children: [new TextRun({ text: modalite, underline: {} })] })], {
                      verticalMerge: VerticalMergeType.RESTART,
                    }),
                cell(criteres.map((c) => bullet(c))),
              ],
            }),
        ),
      ],
    });
  }

  it('makes each bloc’s table its competences and modalités, criteria kept aside', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            heading('Bloc 1 – Clarifier la demande du client'),
            referentiel([
              [
                'C1 - Clarifier les objectifs de la demande',
                'Étude de cas n°1 :',
                ['La demande est clarifiée.'],
              ],
              [
                'C2 - Interroger des acteurs du secteur',
                null,
                ['Les acteurs sont représentatifs.', 'Les informations sont recueillies.'],
              ],
            ]),
            heading('RNCP12345BC02 - Constituer le dossier'),
            referentiel([
              ['C9 - Constituer le dossier de demande', 'Mise en situation :', ['Le dossier est complet.']],
            ]),
            new Paragraph({ text: '', alignment: AlignmentType.LEFT }),
          ],
        },
      ],
    });
    const { sections, newBlocs } = await planOf(doc, 'RNCP', 1);
    expect(newBlocs).toBe(2);
    const placed = Object.fromEntries(sections.filter((s) => s.target).map((s) => [s.target, s.html]));
    expect(placed).toEqual({
      'fiche.blocs[1].libelle': '<p>Clarifier la demande du client</p>',
      'fiche.blocs[1].listeCompetences':
        '<ul><li>C1 - Clarifier les objectifs de la demande</li><li>C2 - Interroger des acteurs du secteur</li></ul>',
      'fiche.blocs[1].modalitesEvaluation': '<p><u>Étude de cas n°1 :</u></p>',
      'fiche.blocs[2].code': '<p>RNCP12345BC02</p>',
      'fiche.blocs[2].libelle': '<p>Constituer le dossier</p>',
      'fiche.blocs[2].listeCompetences': '<ul><li>C9 - Constituer le dossier de demande</li></ul>',
      'fiche.blocs[2].modalitesEvaluation': '<p><u>Mise en situation :</u></p>',
    });
    const aside = sections.filter((s) => !s.target);
    expect(aside.map((s) => s.title)).toEqual([
      'Bloc 1 – Clarifier la demande du client\u00a0: critères d’évaluation',
      'RNCP12345BC02 - Constituer le dossier\u00a0: critères d’évaluation',
    ]);
    expect(aside[0]?.html).toBe(
      '<p><strong>C1 - Clarifier les objectifs de la demande</strong></p><ul><li>La demande est clarifiée.</li></ul>' +
        '<p><strong>C2 - Interroger des acteurs du secteur</strong></p><ul><li>Les acteurs sont représentatifs.</li><li>Les informations sont recueillies.</li></ul>',
    );
  });

  it('gives an RS dossier’s référentiel to its competences and modalités d’évaluation', async () => {
    const doc = new Document({
      sections: [
        {
          children: [referentiel([['C1 - Conduire un entretien', 'Questionnaire :', ['Posture adaptée.']]])],
        },
      ],
    });
    const { sections } = await planOf(doc, 'RS');
    expect(sections.filter((s) => s.target).map((s) => [s.target, s.html])).toEqual([
      ['fiche.competencesAttestees', '<ul><li>C1 - Conduire un entretien</li></ul>'],
      ['fiche.modalitesEvaluation', '<p><u>Questionnaire :</u></p>'],
    ]);
  });
});

describe('Word documents: bad input', () => {
  const simple = () => bytesOf(new Document({ sections: [{ children: [para('Texte')] }] }));

  it('refuses a document with macros', async () => {
    const files = unzipSync(await simple());
    files['word/vbaProject.bin'] = new Uint8Array([1, 2, 3]);
    const result = await docxToHtml(bufferOf(zipSync(files)));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/contient des macros/) });
  });

  it('says a corrupt or truncated archive cannot be read', async () => {
    const bytes = await simple();
    const result = await docxToHtml(bufferOf(bytes.slice(0, Math.floor(bytes.length / 2))));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/endommagé ou incomplet/) });
  });

  it('names other files for what they are: not a .docx, an old .doc, too large', async () => {
    const text = new TextEncoder().encode('{"format":"certifill-dossiers"}');
    expect(await docxToHtml(bufferOf(text))).toEqual({
      ok: false,
      message: expect.stringMatching(/n’est pas un document Word/),
    });
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]);
    expect(await docxToHtml(bufferOf(doc))).toEqual({
      ok: false,
      message: expect.stringMatching(/Word 97-2003/),
    });
    const huge = new Uint8Array(21 * 1024 * 1024);
    huge[0] = 0x50;
    huge[1] = 0x4b;
    expect(await docxToHtml(bufferOf(huge))).toEqual({
      ok: false,
      message: expect.stringMatching(/dépasse 20\sMo/),
    });
  });

  it('counts images (left out) and still reads the text', async () => {
    const files = unzipSync(await simple());
    files['word/media/image1.png'] = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const result = await docxToHtml(bufferOf(zipSync(files)));
    expect(result).toMatchObject({ ok: true, images: 1 });
  });
});

describe('Word documents: headings in bold, blocs already in the dossier', () => {
  it('reads a long bold line ending with a colon as a heading; a bold line inside a placed section stays', async () => {
    const long =
      'Description du métier, de l’activité ou de la situation professionnelle à partir duquel le dispositif visant la certification est initié :';
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: long, bold: true })] }),
            para('Le métier de consultant.'),
            heading('Activités visées'),
            new Paragraph({ children: [new TextRun({ text: 'Activités principales :', bold: true })] }),
            bullet('analyser la demande.'),
          ],
        },
      ],
    });
    const { sections } = await planOf(doc);
    expect(sections.map((s) => [s.title, s.target, s.html])).toEqual([
      [long.replace(/ :$/, ''), null, '<p>Le métier de consultant.</p>'],
      [
        'Activités visées',
        'fiche.activitesVisees',
        '<p><strong>Activités principales :</strong></p><ul><li>analyser la demande.</li></ul>',
      ],
    ]);
  });

  it('says why criteria and an RNCP « Modalités d’évaluation » outside any bloc are not placed', async () => {
    const doc = new Document({
      sections: [{ children: [heading('Modalités d’évaluation'), para('Par bloc.')] }],
    });
    const [section] = (await planOf(doc)).sections;
    expect(section).toMatchObject({ target: null, why: expect.stringMatching(/bloc par bloc/) });
  });

  it('starts the document’s blocs after the last bloc holding anything', () => {
    expect(blocsInUse({ groups: {} })).toBe(0);
    expect(blocsInUse({ groups: { 'fiche.blocs': [{}] } })).toBe(0);
    expect(blocsInUse({ groups: { 'fiche.blocs': [{ libelle: '  ' }, {}] } })).toBe(0);
    expect(blocsInUse({ groups: { 'fiche.blocs': [{}, { code: 'BC02' }, {}] } })).toBe(2);
  });
});
