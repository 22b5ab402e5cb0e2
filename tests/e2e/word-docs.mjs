// Word documents for the e2e tests, generated with the `docx` package: a dossier laid out like the
// seed framework's référentiel (../shared/seeds/: bold competences, a modalité merged over several
// rows, criteria as an opening sentence and a bulleted list, two header rows), with headed
// sections around it; and the same file with macros, and cut in half.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';

const heading = (text) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const boldLine = (text) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const para = (text) => new Paragraph({ children: [new TextRun(text)] });
const bullet = (text, level = 0) => new Paragraph({ children: [new TextRun(text)], bullet: { level } });
const cell = (children, extra = {}) =>
  new TableCell({ children, width: { size: 33, type: WidthType.PERCENTAGE }, ...extra });

/** The référentiel's words, from the seed framework (C1–C3, C9, C10). */
export const COMPETENCES = {
  C1: 'C1 - Clarifier les objectifs de la demande et le besoin du client à l’aide d’entretiens exploratoires en amont des travaux, pour préciser, analyser et juger de la faisabilité de l’étude et du projet.',
  C2: 'C2 - Interroger des acteurs représentatifs du secteur dans le cadre d’entretiens ou de groupes de travail, afin de recueillir les informations nécessaires à l’élaboration de la note d’opportunité.',
  C3: 'C3 - Réaliser une note d’opportunité du projet de certification précisant les problématiques en matière de compétences professionnelles, les besoins du marché et l’usage effectué.',
  C9: 'C9 - Constituer le dossier de demande d’enregistrement, en collectant auprès du certificateur l’ensemble des informations nécessaires et en utilisant le format adapté.',
  C10: 'C10 - Effectuer une veille technique, réglementaire et pédagogique par le biais des sites de référence pour tenir ses connaissances et ses pratiques à jour.',
};
export const MODALITES = {
  questionnaire: 'Questionnaire à visée professionnelle :',
  questionnaireText:
    ' cette épreuve permet de vérifier la maîtrise des savoirs et savoir-faire techniques et réglementaires. Durée : 45 minutes.',
  etude: 'Étude de cas n° 2 (compétences évaluées C3, C9) :',
  etudeText:
    ' à partir d’un dossier fictif, le candidat réalise une analyse critique des éléments du dossier.',
  soutenance: 'Soutenance orale :',
  soutenanceText:
    ' le candidat présente pendant 20 minutes une synthèse, suivie de 30 minutes d’échange avec le jury.',
};
const CRITERES = {
  C1: [
    'La demande est clarifiée et contextualisée pour le client interne ou externe :',
    'Les techniques de questionnement pour analyser la demande sont mises en œuvre.',
    'Le processus d’ingénierie de certification est connu et détaillé.',
  ],
  C2: [
    'Le choix des acteurs à rencontrer et les informations à recueillir sont pertinents :',
    'Un guide d’entretien est formalisé.',
    'Les acteurs identifiés sont représentatifs du secteur.',
  ],
  C3: [
    'La note d’opportunité est structurée et rédigée selon un format adapté :',
    'Les sources sont citées.',
  ],
  C9: [
    'La rédaction du dossier respecte strictement les consignes des notices de France compétences :',
    'Le candidat appuie le certificateur dans la création de son compte.',
  ],
  C10: ['Qualité des sources et intégration dans ses pratiques :', 'Les sources de référence sont connues.'],
};

const modalite = (title, text) =>
  new Paragraph({ children: [new TextRun({ text: title, underline: {} }), new TextRun(text)] });

/** Two header rows as in the seed: « Référentiel de compétences | Référentiel d’évaluation » over « Modalité(s) | Critères ». */
function referentiel(rows) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          cell([para('Référentiel de compétences')], { verticalMerge: VerticalMergeType.RESTART }),
          cell([para('Référentiel d’évaluation')], { columnSpan: 2 }),
        ],
      }),
      new TableRow({
        children: [
          cell([para('')], { verticalMerge: VerticalMergeType.CONTINUE }),
          cell([para('Modalité(s)')]),
          cell([para('Critères')]),
        ],
      }),
      ...rows.map(
        ([code, modalites]) =>
          new TableRow({
            children: [
              cell([boldLine(COMPETENCES[code])]),
              modalites === null
                ? cell([para('')], { verticalMerge: VerticalMergeType.CONTINUE })
                : cell(modalites, { verticalMerge: VerticalMergeType.RESTART }),
              cell([para(CRITERES[code][0]), ...CRITERES[code].slice(1).map((c) => bullet(c))]),
            ],
          }),
      ),
    ],
  });
}

/** The dossier as a certifier would write it in Word, in document order. */
export function dossierDocument() {
  return new Document({
    creator: 'Service certification',
    sections: [
      {
        children: [
          new Paragraph({
            text: 'Conduire un projet d’ingénierie de certification professionnelle',
            heading: HeadingLevel.TITLE,
          }),
          boldLine(
            'Description du métier, de l’activité ou de la situation professionnelle à partir duquel le dispositif visant la certification est initié :',
          ),
          para(
            'La certification « Conduire un projet d’ingénierie de certification professionnelle » est accessible aux professionnels de la formation professionnelle.',
          ),
          para('Elle a pour objectif de :'),
          bullet('accompagner les acteurs dans l’opportunité de créer une certification,'),
          bullet('améliorer la qualité des certifications enregistrées au RS et au RNCP.'),
          heading('Activités visées'),
          para('Le consultant en ingénierie de certification :'),
          bullet('analyse la demande du certificateur ;'),
          bullet('conduit le projet de certification :'),
          bullet('rédige le référentiel,', 1),
          bullet('constitue le dossier d’enregistrement ;', 1),
          bullet('assure la veille réglementaire.'),
          boldLine('Compétences attestées :'),
          bullet('Analyser une demande de certification.'),
          bullet('Concevoir un référentiel de compétences et d’évaluation.'),
          heading('Emplois accessibles'),
          para(
            'Consultant en ingénierie de certification, chargé de certification, au sein des OPCO et des branches.',
          ),
          heading('Modalités d’évaluation'),
          para(
            'Chaque bloc est évalué séparément ; la certification est acquise quand les deux blocs le sont.',
          ),
          heading('Bloc 1 – Analyser la demande et l’opportunité du projet'),
          referentiel([
            ['C1', [modalite(MODALITES.questionnaire, MODALITES.questionnaireText)]],
            ['C2', null],
            ['C3', [modalite(MODALITES.etude, MODALITES.etudeText)]],
          ]),
          heading('Bloc 2 – Constituer et déposer le dossier d’enregistrement'),
          referentiel([
            ['C9', [modalite(MODALITES.soutenance, MODALITES.soutenanceText)]],
            ['C10', null],
          ]),
          heading('Historique des versions du référentiel'),
          para('Version 2 validée par le comité de certification le 12 mars 2026.'),
        ],
      },
    ],
  });
}

/** Writes the dossier document and its bad twins into `dir`; returns their paths. */
export async function writeWordFiles(dir) {
  const bytes = new Uint8Array(await Packer.toBuffer(dossierDocument()));
  const files = unzipSync(bytes);
  files['word/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]);
  const out = {
    dossier: join(dir, 'référentiel ingénierie.docx'),
    macros: join(dir, 'dossier avec macros.docx'),
    corrupt: join(dir, 'dossier coupé.docx'),
  };
  writeFileSync(out.dossier, bytes);
  writeFileSync(out.macros, zipSync(files));
  writeFileSync(out.corrupt, bytes.slice(0, Math.floor(bytes.length * 0.6)));
  return out;
}
