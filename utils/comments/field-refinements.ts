import type { Repertoire } from '@/utils/criteria/types';
import { foldText } from './fold';

/**
 * Fields named by the comment itself ("composition du jury VAE", "intitulé du bloc", "codes ROME"…), listed
 * before the criterion's fields. Patterns run on folded text (lower case, no accents).
 */
interface Refinement {
  pattern: RegExp;
  fields: readonly string[];
  only?: Repertoire;
}

const REFINEMENTS: readonly Refinement[] = [
  {
    pattern: /jury.{0,40}\b(vae|validation des acquis|experience)|\b(vae|experience)\b.{0,40}\bjury/,
    fields: ['fiche.voiesAcces.vae.compositionJury'],
  },
  {
    pattern:
      /\b(voie|acces)\b.{0,30}\b(vae|validation des acquis|par (l')?experience)|\bvae\b.{0,40}\b(non autorise|ouverte|fermee)/,
    fields: ['fiche.voiesAcces.vae.autorise'],
  },
  {
    pattern: /composition des jurys?\b(?!.{0,40}\b(vae|experience))/,
    fields: ['fiche.voiesAcces.fi.compositionJury', 'fiche.voiesAcces.fc.compositionJury'],
  },
  {
    pattern: /(intitule|libelle|denomination)s? d(u|es) blocs?|bloc.{0,30}\b(nom de metier|appellation)/,
    fields: ['fiche.blocs[].libelle'],
    only: 'RNCP',
  },
  {
    pattern: /modalites? d'evaluation (du|des|de chaque|par) blocs?|chaque bloc.{0,60}\bmodalite/,
    fields: ['fiche.blocs[].modalitesEvaluation'],
    only: 'RNCP',
  },
  {
    pattern: /(liste des |les )?competences du bloc/,
    fields: ['fiche.blocs[].listeCompetences'],
    only: 'RNCP',
  },
  {
    pattern: /capitalisation|obtention des blocs|validation partielle/,
    fields: ['fiche.modalitesAcquisitionBlocs'],
    only: 'RNCP',
  },
  {
    pattern: /validation partielle/,
    fields: ['fiche.validationPartielle', 'fiche.validationPartiellePerimetre'],
    only: 'RS',
  },
  { pattern: /\bcodes? rome\b|\brome\b/, fields: ['fiche.codesRome'], only: 'RNCP' },
  { pattern: /\bcodes? nsf\b/, fields: ['fiche.codesNsf'] },
  { pattern: /\bformacodes?\b/, fields: ['fiche.formacodes'] },
  { pattern: /intitule de la certification/, fields: ['fiche.intitule'] },
  { pattern: /types? d'emplois|emplois accessibles/, fields: ['fiche.typesEmplois'], only: 'RNCP' },
  { pattern: /secteurs? d'activite/, fields: ['fiche.secteursActivite'], only: 'RNCP' },
  { pattern: /references juridiques|reglementation/, fields: ['fiche.reglementationsActivites'] },
  { pattern: /activites visees|referentiel d'activites/, fields: ['fiche.activitesVisees'], only: 'RNCP' },
  { pattern: /competences attestees/, fields: ['fiche.competencesAttestees'] },
  { pattern: /objectifs et contexte/, fields: ['fiche.objectifsContexte'] },
  { pattern: /prerequis/, fields: ['fiche.prerequisEntreeFormation', 'fiche.prerequisValidation'] },
  { pattern: /taux d'insertion global/, fields: ['promotions[].tauxInsertionGlobal6mois'], only: 'RNCP' },
  {
    pattern: /taux d'insertion (dans le )?metier.{0,30}\b(2|deux) ans/,
    fields: ['promotions[].tauxInsertionMetier2ans'],
    only: 'RNCP',
  },
  { pattern: /nombre de (certifies|titulaires)/, fields: ['promotions[].nombreCertifies'] },
  { pattern: /duree d'enregistrement/, fields: ['demande.dureeSouhaitee'] },
  { pattern: /niveau de qualification|\bniveau [3-8]\b/, fields: ['demande.niveauSouhaite'], only: 'RNCP' },
  {
    pattern: /site (internet|web)|\bsite du\b/,
    fields: ['demande.certificateurs[].siteInternet', 'fiche.lienUrlDescription'],
  },
  { pattern: /\bsiret\b/, fields: ['compte.siret', 'demande.certificateurs[].siret'] },
  { pattern: /bulletin\s*(n\s*°?\s*)?3|casier judiciaire/, fields: ['pieces.bulletinN3'] },
  { pattern: /\bk-?bis\b|existence legale|statuts/, fields: ['compte.pjExistenceLegale'] },
  { pattern: /delegation de (mandat|signature)/, fields: ['compte.pjDelegationMandat'] },
  { pattern: /tableau (de|des) correspondances?/, fields: ['pieces.tableauCorrespondances'] },
  {
    pattern:
      /cahier des charges|convention d'habilitation|reglement d'(examen|evaluation)|reglement de certification/,
    fields: ['pieces.procedureControle'],
  },
  { pattern: /liste des (organismes|partenaires|habilitations)/, fields: ['pieces.listeHabilitations'] },
  { pattern: /\bcv\b|formateurs|plateaux? techniques?|\blocaux\b/, fields: ['pieces.moyensPedagogiques'] },
  { pattern: /(etude|note) d'opportunite/, fields: ['pieces.etudeOpportunite'] },
  {
    pattern: /lettres? de soutien|attestations? d'(employeurs|entreprises)/,
    fields: ['pieces.lettresSoutien'],
  },
  { pattern: /bilan de (la )?mise en oeuvre/, fields: ['pieces.bilanMiseEnOeuvre'] },
  { pattern: /\bcpne\b|accord de branche/, fields: ['pieces.cpne'] },
  {
    pattern: /(fichier|tableau|enquete).{0,40}\b(promotions?|titulaires|insertion)/,
    fields: ['promotions.fichierDonnees'],
  },
];

/** Field ids named by the comment, most specific first, restricted to the dossier's repertoire. */
export function refineFields(text: string, repertoire: Repertoire): string[] {
  const folded = foldText(text.slice(0, 10_000));
  const out: string[] = [];
  for (const r of REFINEMENTS) {
    if (r.only && r.only !== repertoire) continue;
    if (!r.pattern.test(folded)) continue;
    for (const f of r.fields) if (!out.includes(f)) out.push(f);
  }
  return out;
}
