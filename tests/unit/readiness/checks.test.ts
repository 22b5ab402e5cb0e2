import { describe, expect, it } from 'vitest';
import { evaluateReadiness } from '@/utils/readiness/evaluate';
import { READINESS_CHECKS } from '@/utils/readiness/registry';
import type { FindingSeverity, ReadinessDossier } from '@/utils/readiness/types';
import {
  ON,
  piece,
  readyRncp,
  readyRs,
  sample,
  withGroup,
  without,
  withPieces,
  withValues,
} from './fixtures';

interface Case {
  check: string;
  criterion: string;
  why: string;
  dossier: () => ReadinessDossier;
  severity: FindingSeverity;
  message: RegExp;
  on?: string;
}

const rncp = readyRncp;
const rs = readyRs;
const blocs = (d: ReadinessDossier) => d.groups['fiche.blocs'] ?? [];
const setBloc = (d: ReadinessDossier, i: number, patch: Record<string, unknown>) =>
  withGroup(
    d,
    'fiche.blocs',
    blocs(d).map((b, j) => (j === i ? { ...b, ...patch } : b)),
  );
const LONG =
  'Les titulaires sont suivis pendant deux ans par une enquête annuelle dont les résultats figurent au dossier et sont analysés chaque année par le comité de pilotage de la certification.';

/** One failing dossier per behaviour of every check; the ready fixtures are the passing ones. */
const CASES: Case[] = [
  {
    check: 'completude',
    criterion: 'recevabilite',
    why: 'required field empty',
    dossier: () => withValues(rncp(), { 'fiche.intitule': '' }),
    severity: 'bloquant',
    message: /Fiche.*un élément obligatoire manque \(Intitulé/,
  },
  {
    check: 'completude',
    criterion: 'recevabilite',
    why: 'malformed code',
    dossier: () => withValues(rs(), { 'fiche.codesNsf': ['25'] }),
    severity: 'bloquant',
    message: /Code NSF invalide/,
  },
  {
    check: 'bulletin-n3',
    criterion: 'recevabilite',
    why: 'missing',
    dossier: () => without(rncp(), 'pieces.bulletinN3'),
    severity: 'bloquant',
    message: /Joignez le bulletin n° 3/,
  },
  {
    check: 'bulletin-n3',
    criterion: 'recevabilite',
    why: 'older than 3 months at filing',
    dossier: () =>
      withPieces(without(rs(), 'pieces.bulletinN3'), piece('pieces.bulletinN3', 'b3.pdf', '2026-08-31')),
    severity: 'bloquant',
    message: /plus de 3 mois le 01\/12\/2026/,
  },
  {
    check: 'bulletin-n3',
    criterion: 'recevabilite',
    why: 'no date',
    dossier: () => withPieces(without(rs(), 'pieces.bulletinN3'), piece('pieces.bulletinN3', 'b3.pdf', null)),
    severity: 'a-completer',
    message: /Indiquez la date du bulletin n° 3/,
  },
  {
    check: 'existence-legale',
    criterion: 'recevabilite',
    why: 'missing',
    dossier: () => without(rs(), 'compte.pjExistenceLegale'),
    severity: 'bloquant',
    message: /document d’existence légale/,
  },
  {
    check: 'existence-legale',
    criterion: 'recevabilite',
    why: 'too old on a later filing date',
    dossier: rncp,
    on: '2027-02-01',
    severity: 'bloquant',
    message: /28\/10\/2026\s: le document aura plus de 3 mois le 01\/02\/2027/,
  },
  {
    check: 'delegation',
    criterion: 'recevabilite',
    why: 'ministry without délégation',
    dossier: () => withValues(rncp(), { 'compte.typeEntite': 'Ministère' }),
    severity: 'bloquant',
    message: /délégation de mandat signée/,
  },
  {
    check: 'delegation',
    criterion: 'recevabilite',
    why: 'délégation too old',
    dossier: () => withPieces(rs(), piece('compte.pjDelegationMandat', 'delegation.pdf', '2026-06-15')),
    severity: 'bloquant',
    message: /délégation de mandat .* plus de 3 mois/,
  },
  {
    check: 'siret',
    criterion: 'recevabilite',
    why: 'wrong key',
    dossier: () => withValues(rncp(), { 'compte.siret': '79812345600014' }),
    severity: 'bloquant',
    message: /SIRET de l’entité\s: La clé de contrôle/,
  },
  {
    check: 'siret',
    criterion: 'recevabilite',
    why: 'no certifier',
    dossier: () => withGroup(rs(), 'demande.certificateurs', []),
    severity: 'bloquant',
    message: /au moins un certificateur/,
  },
  {
    check: 'siret',
    criterion: 'recevabilite',
    why: 'spaces',
    dossier: () =>
      withGroup(rs(), 'demande.certificateurs', [{ siret: '520 987 654 00016', nomCommercial: 'X' }]),
    severity: 'a-completer',
    message: /sans espaces/,
  },
  {
    check: 'code-renouvellement',
    criterion: 'recevabilite',
    why: 'renewal without code',
    dossier: () => ({ ...rncp(), previousCode: null }),
    severity: 'bloquant',
    message: /indiquez le code de la certification renouvelée/,
  },
  {
    check: 'code-renouvellement',
    criterion: 'recevabilite',
    why: 'code of the other repertoire',
    dossier: () => ({ ...rncp(), previousCode: 'RS1234' }),
    severity: 'a-completer',
    message: /n’a pas la forme d’un code RNCP/,
  },
  {
    check: 'argumentaire',
    criterion: '3',
    why: 'empty',
    dossier: () => withValues(rncp(), { 'rncp.critere3.argumentaire': '' }),
    severity: 'bloquant',
    message: /argumentaire du critère 3° est vide/,
  },
  {
    check: 'argumentaire',
    criterion: '7',
    why: 'one line',
    dossier: () => withValues(rncp(), { 'rncp.critere7.argumentaire': 'Les blocs sont cohérents.' }),
    severity: 'a-completer',
    message: /tient en 4 mots/,
  },
  {
    check: 'argumentaire',
    criterion: '1 ter',
    why: 'a reference instead of an argument',
    dossier: () => withValues(rs(), { 'rs.critere1ter.argumentaire': '<p>Voir la pièce jointe n° 4.</p>' }),
    severity: 'a-completer',
    message: /tient lieu de renvoi/,
  },
  {
    check: 'pieces-annoncees',
    criterion: '5',
    why: 'announces a document not attached',
    dossier: () =>
      withValues(rncp(), {
        'rncp.critere5.argumentaire': `${rncp().values['rncp.critere5.argumentaire']} L’attestation de l’employeur est jointe.`,
      }),
    severity: 'a-completer',
    message: /annonce un document joint/,
  },
  {
    check: 'etude-opportunite',
    criterion: '1',
    why: 'RS without study',
    dossier: () => without(rs(), 'pieces.etudeOpportunite'),
    severity: 'bloquant',
    message: /au moyen d’une étude/,
  },
  {
    check: 'etude-opportunite',
    criterion: '1',
    why: 'renewal without review',
    dossier: () => without(rncp(), 'pieces.bilanMiseEnOeuvre'),
    severity: 'bloquant',
    message: /bilan de mise en œuvre/,
  },
  {
    check: 'valeur-usage',
    criterion: '1',
    why: 'no employer evidence',
    dossier: () =>
      withValues(without(rs(), 'pieces.lettresSoutien'), {
        'rs.critere1.argumentaire': `L’étude d’opportunité jointe montre la croissance du parc de bornes : ${LONG}`,
      }),
    severity: 'a-completer',
    message: /valeur d’usage/,
  },
  {
    check: 'emplois-occupes',
    criterion: '1',
    why: 'jobs not named',
    dossier: () => withValues(rncp(), { 'rncp.critere1.argumentaire': LONG }),
    severity: 'a-completer',
    message: /quels emplois occupent les titulaires/,
  },
  {
    check: 'emplois-occupes',
    criterion: '1',
    why: 'no rate in the trade',
    dossier: () =>
      withGroup(rncp(), 'promotions', [
        { annee: 2025, nombreCertifies: 33, tauxInsertionGlobal6mois: 84 },
        { annee: 2026, nombreCertifies: 30, tauxInsertionGlobal6mois: 80 },
      ]),
    severity: 'a-completer',
    message: /taux d’insertion dans le métier visé/,
  },
  {
    check: 'promotions-periode',
    criterion: '1 bis',
    why: 'first request, one year, 5 years asked',
    dossier: () => withValues(rs(), { 'demande.dureeSouhaitee': 5 }),
    severity: 'a-completer',
    message:
      /une seule année, 2025\s; 2024 est hors de cette période\s: la durée d’enregistrement sera limitée à 3 ans/,
  },
  {
    check: 'promotions-periode',
    criterion: '1 bis',
    why: 'no promotion in the period',
    dossier: () =>
      withGroup(rs(), 'promotions', [
        { annee: 2022, nombreCertifies: 40 },
        { annee: 2023, nombreCertifies: 41 },
      ]),
    severity: 'bloquant',
    message:
      /Aucune promotion de titulaires sur la période prise en compte, 2026 \(année du dépôt\) et 2025\s; 2022 et 2023 sont hors/,
  },
  {
    check: 'promotions-periode',
    criterion: '1',
    why: 'renewal with one year in the period',
    dossier: () => sample('rncp'),
    severity: 'a-completer',
    message: /ne portent que sur 2025\s; 2024 est hors de cette période\. Ajoutez la promotion 2026/,
  },
  {
    check: 'promotions-periode',
    criterion: '1',
    why: 'before 1 October 2025: two promotions',
    dossier: () =>
      withGroup(rncp(), 'promotions', [
        { annee: 2024, nombreCertifies: 38, tauxInsertionGlobal6mois: 87, tauxInsertionMetier6mois: 74 },
      ]),
    on: '2025-06-02',
    severity: 'bloquant',
    message: /au moins deux promotions .* seule 2024 est saisie/,
  },
  {
    check: 'impact-compare',
    criterion: '2',
    why: 'no comparison',
    dossier: () =>
      withValues(rncp(), {
        'rncp.critere2.argumentaire': `Le taux d’insertion globale à 6 mois atteint 87 % en 2025. ${LONG}`,
      }),
    severity: 'a-completer',
    message: /sans le comparer/,
  },
  {
    check: 'objectifs-l6313-3',
    criterion: '1 ter',
    why: 'no aim of L. 6313-3',
    dossier: () => withValues(rs(), { 'rs.critere1ter.argumentaire': LONG }),
    severity: 'a-completer',
    message: /objectifs de l’article L\. 6313-3/,
  },
  {
    check: 'moyens',
    criterion: '2 bis',
    why: 'no evidence attached',
    dossier: () => without(rncp(), 'rncp.critere2bis.pieces'),
    severity: 'a-completer',
    message: /annonce des pièces jointes.*CV des formateurs/,
  },
  {
    check: 'moyens',
    criterion: '1 quater',
    why: 'training partner not mentioned',
    dossier: () => sample('rs'),
    severity: 'a-completer',
    message: /Votre partenaire Centre Technique Électricité Exemple Nantes forme aussi/,
  },
  {
    check: 'programme-referentiel',
    criterion: '2 ter',
    why: 'no programme attached',
    dossier: () => without(rncp(), 'rncp.critere2ter.pieces'),
    severity: 'a-completer',
    message: /programme de formation et le tableau/,
  },
  {
    check: 'referentiel-joint',
    criterion: '2',
    why: 'no référentiel',
    dossier: () => without(rs(), 'pieces.referentiel'),
    severity: 'bloquant',
    message: /référentiel de compétences et le référentiel d’évaluation/,
  },
  {
    check: 'ecriture-competences',
    criterion: '3',
    why: 'knowledge and activity nouns',
    dossier: () =>
      setBloc(rncp(), 1, {
        listeCompetences:
          '- Connaissance des systèmes Linux et Windows\n- Gestion des sauvegardes de l’organisation\n- Administrer l’annuaire des comptes',
      }),
    severity: 'a-completer',
    message:
      /2 lignes sont rédigées .*«\sConnaissance des systèmes Linux et Windows\s» et «\sGestion des sauvegardes/,
  },
  {
    check: 'transitions',
    criterion: '2',
    why: 'digital transition absent',
    dossier: () => sample('rs'),
    severity: 'a-completer',
    message: /transition numérique \(2° a\)/,
  },
  {
    check: 'evaluation-observable',
    criterion: '3',
    why: 'quiz only for a practical bloc',
    dossier: () => setBloc(rncp(), 0, { modalitesEvaluation: 'QCM de 40 questions en 45 minutes.' }),
    severity: 'a-completer',
    message: /bloc 1 repose seulement sur un questionnaire/,
  },
  {
    check: 'evaluation-observable',
    criterion: '3',
    why: 'no observable test described',
    dossier: () => setBloc(rncp(), 2, { modalitesEvaluation: 'Évaluation continue en centre de formation.' }),
    severity: 'a-completer',
    message: /bloc 3 ne décrivent pas d’épreuve observable/,
  },
  {
    check: 'evaluation-observable',
    criterion: '2',
    why: 'RS without modalités',
    dossier: () => withValues(rs(), { 'fiche.modalitesEvaluation': '' }),
    severity: 'bloquant',
    message: /Décrivez les modalités d’évaluation/,
  },
  {
    check: 'amenagements-handicap',
    criterion: '3',
    why: 'no adjustments stated',
    dossier: () => sample('rncp'),
    severity: 'a-completer',
    message: /adaptées aux candidats en situation de handicap/,
  },
  {
    check: 'procedure-controle',
    criterion: '3',
    why: 'described, not attached',
    dossier: () => sample('rs'),
    severity: 'a-completer',
    message: /la procédure elle-même n’est pas jointe/,
  },
  {
    check: 'procedure-controle',
    criterion: '4',
    why: 'neither attached nor described',
    dossier: () =>
      withValues(
        {
          ...rncp(),
          attachments: rncp().attachments.filter(
            (a) => !['pieces.procedureControle', 'rncp.critere4.pieces'].includes(a.fieldId),
          ),
        },
        {
          'rncp.critere4.argumentaire': `Le règlement d’évaluation fixe l’organisation des épreuves. ${LONG}`,
        },
      ),
    severity: 'bloquant',
    message: /Aucune procédure de contrôle n’est jointe ni décrite/,
  },
  {
    check: 'reseau-partenaires',
    criterion: '3',
    why: 'no model agreement, no cahier des charges',
    dossier: () => sample('rs'),
    severity: 'a-completer',
    message: /modèle de convention/,
  },
  {
    check: 'reseau-partenaires',
    criterion: '4',
    why: 'partners said, none listed',
    dossier: () => withGroup(rncp(), 'partenaires', []),
    severity: 'bloquant',
    message: /aucun n’est saisi/,
  },
  {
    check: 'reseau-partenaires',
    criterion: '4',
    why: 'partner SIRET wrong',
    dossier: () =>
      withGroup(rncp(), 'partenaires', [
        { nom: 'Campus', siret: '81234567800022', habilitation: 'HABILITATION_FORMER' },
      ]),
    severity: 'a-completer',
    message: /SIRET de Campus\s: La clé de contrôle/,
  },
  {
    check: 'jury-professionnels',
    criterion: '4',
    why: 'jury of trainers only',
    dossier: () =>
      withValues(rncp(), {
        'fiche.voiesAcces.fi.compositionJury':
          'Jury composé de deux formateurs et du directeur pédagogique de l’organisme.',
      }),
    severity: 'a-completer',
    message: /voie «\sformation initiale \(élève ou étudiant\)\s» ne nomme aucun professionnel extérieur/,
  },
  {
    check: 'jury-professionnels',
    criterion: '3',
    why: 'open route without jury',
    dossier: () => withValues(rs(), { 'fiche.voiesAcces.cl.compositionJury': '' }),
    severity: 'bloquant',
    message: /«\scandidature individuelle\s» est ouverte sans composition du jury/,
  },
  {
    check: 'contraintes-reglementaires',
    criterion: '4',
    why: 'regulated, no reference',
    dossier: () => withValues(rs(), { 'fiche.reglementationsActivites': '' }),
    severity: 'bloquant',
    message: /références juridiques des réglementations d’activité ne sont pas renseignées/,
  },
  {
    check: 'contraintes-reglementaires',
    criterion: '4',
    why: 'regulated, texts not cited',
    dossier: () =>
      withValues(rs(), {
        'fiche.reglementationsActivites': 'L’activité est encadrée par les textes en vigueur.',
      }),
    severity: 'a-completer',
    message: /ne citent aucun texte/,
  },
  {
    check: 'vae-ouverte',
    criterion: '6',
    why: 'VAE closed',
    dossier: () => withValues(rncp(), { 'fiche.voiesAcces.vae.autorise': 'Non autorisé' }),
    severity: 'bloquant',
    message: /n’est pas ouvert/,
  },
  {
    check: 'vae-ouverte',
    criterion: '6',
    why: 'VAE jury missing',
    dossier: () => withValues(rncp(), { 'fiche.voiesAcces.vae.compositionJury': '' }),
    severity: 'bloquant',
    message: /composition de son jury n’est pas décrite/,
  },
  {
    check: 'vae-ouverte',
    criterion: '6',
    why: 'VAE jury without outside professional',
    dossier: () =>
      withValues(rncp(), {
        'fiche.voiesAcces.vae.compositionJury':
          'Le jury VAE réunit le responsable de la certification et deux formateurs.',
      }),
    severity: 'a-completer',
    message: /jury de VAE ne nomme aucun professionnel extérieur/,
  },
  {
    check: 'vae-dispositif',
    criterion: '6',
    why: 'no VAE description',
    dossier: () => without(rncp(), 'pieces.dispositifVae'),
    severity: 'a-completer',
    message: /description du dispositif de VAE/,
  },
  {
    check: 'blocs-evaluation',
    criterion: '7',
    why: 'no bloc',
    dossier: () => withGroup(rncp(), 'fiche.blocs', []),
    severity: 'bloquant',
    message: /Aucun bloc de compétences/,
  },
  {
    check: 'blocs-evaluation',
    criterion: '7',
    why: 'bloc without its own evaluation',
    dossier: () => setBloc(rncp(), 1, { modalitesEvaluation: '' }),
    severity: 'bloquant',
    message: /bloc 2 \(RNCP31115BC02\) n’a pas ses propres modalités/,
  },
  {
    check: 'blocs-evaluation',
    criterion: '7',
    why: 'same evaluation as another bloc',
    dossier: () => setBloc(rncp(), 3, { modalitesEvaluation: blocs(rncp())[0]?.modalitesEvaluation }),
    severity: 'a-completer',
    message: /bloc 4 .* reprend mot pour mot les modalités d’évaluation du bloc 1/,
  },
  {
    check: 'blocs-evaluation',
    criterion: '7',
    why: 'refers to a common test',
    dossier: () =>
      setBloc(rncp(), 2, {
        modalitesEvaluation: 'Mêmes modalités que le bloc 1 : épreuve pratique de 4 heures.',
      }),
    severity: 'a-completer',
    message: /renvoient à une épreuve commune/,
  },
  {
    check: 'blocs-intitules',
    criterion: '7',
    why: 'job title',
    dossier: () => setBloc(rncp(), 0, { libelle: 'Technicien réseaux' }),
    severity: 'a-completer',
    message: /est un nom de métier/,
  },
  {
    check: 'blocs-intitules',
    criterion: '7',
    why: 'the certification’s own title',
    dossier: () => setBloc(rncp(), 3, { libelle: 'Technicien supérieur en réseaux et cybersécurité' }),
    severity: 'a-completer',
    message: /reprend celui de la certification/,
  },
  {
    check: 'blocs-intitules',
    criterion: '7',
    why: 'generic title',
    dossier: () => setBloc(rncp(), 1, { libelle: 'Bloc 2' }),
    severity: 'a-completer',
    message: /ne dit pas ce que le bloc couvre/,
  },
  {
    check: 'blocs-obtention',
    criterion: '7',
    why: 'how blocs are obtained not said',
    dossier: () => withValues(rncp(), { 'fiche.modalitesAcquisitionBlocs': '' }),
    severity: 'a-completer',
    message: /capitalisation des blocs/,
  },
  {
    check: 'correspondances',
    criterion: '8',
    why: 'no comparison table',
    dossier: () => without(rncp(), 'pieces.tableauCorrespondances'),
    severity: 'a-completer',
    message: /tableau de correspondance/,
  },
  {
    check: 'correspondances',
    criterion: '8',
    why: 'entered without justification',
    dossier: () => withValues(rncp(), { 'rncp.critere8.argumentaire': '' }),
    severity: 'bloquant',
    message: /critère 8° est vide alors que 1 correspondance est saisie/,
  },
  {
    check: 'correspondances',
    criterion: '8',
    why: 'destination blocs of another fiche',
    dossier: () =>
      withGroup(rncp(), 'corresp', [
        {
          blocsSource: ['RNCP31115BC03'],
          ficheDestination: 'RNCP35000',
          blocsDestination: ['RNCP34000BC02'],
        },
      ]),
    severity: 'a-completer',
    message: /RNCP34000BC02 n’est pas un bloc de RNCP35000/,
  },
  {
    check: 'correspondances',
    criterion: '8',
    why: 'unknown source bloc',
    dossier: () =>
      withGroup(rncp(), 'corresp', [
        {
          blocsSource: ['RNCP31115BC09'],
          ficheDestination: 'RNCP35000',
          blocsDestination: ['RNCP35000BC02'],
        },
      ]),
    severity: 'a-completer',
    message: /RNCP31115BC09 n’est pas un bloc de ce dossier/,
  },
  {
    check: 'correspondances',
    criterion: '5',
    why: 'announced, not entered',
    dossier: () =>
      withValues(rs(), {
        'rs.critere5.argumentaire':
          'Une correspondance est établie avec le bloc 2 de la certification RNCP36000.',
      }),
    severity: 'a-completer',
    message: /aucune n’est saisie/,
  },
  {
    check: 'correspondances',
    criterion: '5',
    why: 'RS correspondence with an RS code',
    dossier: () =>
      withPieces(
        withValues(withGroup(rs(), 'corresp', [{ ficheDestination: 'RS5000', blocsDestination: [] }]), {
          'rs.critere5.argumentaire': LONG,
        }),
        piece('pieces.tableauCorrespondances', 't.pdf'),
      ),
    severity: 'a-completer',
    message: /se font avec des blocs de certifications du RNCP/,
  },
  {
    check: 'cpne',
    criterion: '6',
    why: 'branch named, CPNE set aside without reason',
    dossier: () => sample('rs'),
    severity: 'a-completer',
    message: /IDCC 1597 et 1596.*expliquez pourquoi/,
  },
  {
    check: 'cpne',
    criterion: '9',
    why: 'CPNE opinion not attached',
    dossier: () => without(rncp(), 'pieces.cpne'),
    severity: 'a-completer',
    message: /joignez-en la trace/,
  },
  {
    check: 'cpne',
    criterion: '9',
    why: 'branch named, argumentaire empty',
    dossier: () => withValues(rncp(), { 'rncp.critere9.argumentaire': '' }),
    severity: 'a-completer',
    message: /IDCC 1486.*comment la CPNE a été associée/,
  },
];

const ready = {
  RNCP: evaluateReadiness(readyRncp(), { on: ON }),
  RS: evaluateReadiness(readyRs(), { on: ON }),
};

describe('readiness checks', () => {
  it.each(['RNCP', 'RS'] as const)(
    'the ready %s fixture passes every check (every criterion « prêt »)',
    (rep) => {
      const report = ready[rep];
      expect(report.criteria.flatMap((c) => c.findings)).toEqual([]);
      expect(report.criteria.every((c) => c.status === 'pret')).toBe(true);
      expect(report.criteria.every((c) => c.checks.every((k) => k.passed))).toBe(true);
    },
  );

  it.each(CASES.map((c) => [`${c.check} — ${c.why}`, c] as const))('%s', (_name, c) => {
    const d = c.dossier();
    const report = evaluateReadiness(d, { on: c.on ?? ON });
    const criterion = report.criteria.find((x) => x.criterion === c.criterion);
    expect(criterion, `criterion ${c.criterion}`).toBeDefined();
    const found = criterion?.findings.filter((f) => f.checkId === c.check) ?? [];
    expect(found.map((f) => f.message).join('\n')).toMatch(c.message);
    const hit = found.find((f) => c.message.test(f.message));
    expect(hit?.severity).toBe(c.severity);
    if (c.severity === 'bloquant') expect(criterion?.status).toBe('bloquant');
    else expect(criterion?.status).not.toBe('pret');
    expect(hit?.paths.length).toBeGreaterThan(0);
    expect(hit?.sources.length).toBeGreaterThan(0);
  });

  it('has a failing case for every check of the registry, in each repertoire it serves', () => {
    for (const check of READINESS_CHECKS)
      for (const rep of ['RNCP', 'RS'] as const) {
        if (!check.criteria[rep]?.length) continue;
        const covered = CASES.some((c) => c.check === check.id);
        expect(covered, `${check.id} (${rep})`).toBe(true);
      }
  });
});
