import { criterionKind } from '@/utils/criteria/labels';
import type { Repertoire } from '@/utils/criteria/types';
import { foldText } from './fold';
import type { KeywordScore } from './score';

/**
 * A refusal ground (R. 6113-8-1) or the admissibility check is only proposed when the remark states it: a false
 * declaration, a literal copy, a misleading public communication, a missing or faulty administrative piece.
 * Missing, incomplete or inconsistent data is never a false declaration. Patterns run on folded text.
 */

const DATA =
  /\b(taux|donnees|chiffres|effectifs|resultats|nombres?|titulaires|certifies|informations|promotions?|reponses|enquetes?|attestations?|justificatifs?|signatures?)\b/;
/**
 * Declared figures contradicted by another source. « ne correspond pas » only counts against a source of figures
 * (« aux procès-verbaux », « à ceux communiqués… »): « les emplois ne correspondent pas au métier visé » is criterion 1.
 */
const CONTRADICTED =
  /\b(errone\w*|inexact\w*|faux|fausses?|surestime\w*|gonfle\w*|invraisembl\w*|mensong\w*|contredit\w*|incompatibles?|discordan\w*|ne correspond(ent)? pas (a|aux|au|avec) (ceux|celles?|celui|la liste|les listes|l'enquete|des|les|aux|au|la|le)? ?(\w+ )?(proces-verbaux|proces-verbal|pv|listes?|attestations?|donnees|chiffres|effectifs|fichiers?|tableaux?|enquetes?|resultats|declarations?|communique\w*|transmis\w*|fourni\w*|precedente?s?|titulaires|certifies|releves?)|n'apparaiss\w* (dans )?aucun|ne figurent? (dans )?aucun|ficti(f|fs|ve|ves)|inventes?|n'existent pas|inexistant\w*|alors qu(e |')(\S+ ){0,5}(sont |ont ete |etaient )?(declare|annonce)\w*|sincerite (\S+ ){0,3}(mise en doute|douteuse|contestable|pas etablie))\b/;
const FALSE_DECLARATION =
  /\bfausses? declarations?\b|\bdeclarations? (inexacte|mensongere|erronee|fausse)s?\b/;

const COPY =
  /\breproduction litterale\b|\blitteral\w*\b|\bmot pour mot\b|\ba l'identique\b|\b(re)?copi(e|ee|es|ees|er|ent|age)\b(?! (des |de |d')(candidats?|examens?|epreuves?|l'epreuve))|\bcopie (quasi )?integrale\b|\breprise (quasi[- ])?integrale\b|\bquasi[- ]integrale\b|\bplagi\w*\b|\bsimilitudes?\b|\bressemblances?\b|\bquasi[- ]identiques?\b|\bidentiques? (a|au|aux) (celui|celle|ceux|celles|referentiel\w*|titre\w*|certification\w*)\b|\breprodui\w*\b/;

const MEDIUM =
  /\b(site (internet|web)?|page (de presentation|web|internet)|plaquettes?|brochures?|publicites?|publicitaires?|affiches?|reseaux sociaux|supports? (commerciaux|de communication|de promotion|promotionnels)|communication (commerciale|publique|au public|en ligne)|annonces? (commerciales?|publicitaires?|en ligne)|flyers?|catalogues?|linkedin|facebook|presente\w* (la certification|la formation) comme)\b/;
const MISLEADING =
  /\b(trompeu\w*|reconnue? par l'etat|eligibles? (au )?cpf|cpf|taux de reussite|taux d'(insertion|emploi|placement|reussite) de \d+|\d+ ?% (de reussite|d'insertion)|non conformes?|ne correspond(ent)? pas|avant (meme )?(son |l'|toute )?(enregistrement|decision)|n'est pas (encore )?enregistree|titre certifie|diplome (d'etat|reconnu|national)|garanti\w*|mensong\w*|inexact\w*|sans fondement|non etaye\w*|promet\w*|reconnue? (en|dans|par) (france|europe|toute|tout|l'etat|les)\w*|inscrite? au (rncp|rs|repertoire)\w*|ne l'est pas|n'est pas (encore )?(inscrite?|enregistree?))\b/;

const ADMIN_PIECE =
  /\b(recevabilit\w*|irrecevab\w*|bulletin\s*(n\s*°?\s*)?3|b3|casier judiciaire|k-?bis|extrait (d'immatriculation|kbis|k bis|du registre)|immatriculation|statuts|delegation (de mandat|de signature|de pouvoirs?)|mandat (du|de la|de l'|de mandat)|mandat autoris\w*|siret|siren|piece d'identite|representant legal|existence legale|pieces? administratives?|honorabilite|pieces? manquantes?|dossier incomplet|mise en demeure|illisible|corrompu|televerse\w*|format pdf|pouvoirs? (pour|de|d') ?(engager|signer|representer)\w*|engager l'organisme)\b/;

/** Missing or incomplete data: never, by itself, a false declaration. */
const MISSING =
  /\b(ne (sont|est) pas (fourni|transmis|joint|renseigne|communique|present|indique|precise)\w*|manqu\w*|absen\w*|incomplet\w*|lacunaire\w*|ne portent? que|seule?s? (l'annee|la promotion|les donnees)|pas de donnees|aucune donnee)\b/;

/** The 60 characters either side of a match (and the match). */
const near = (folded: string, index: number, match: string) =>
  folded.slice(Math.max(0, index - 60), index + match.length + 60);

/** Blanks the matches of `pattern` that `meantOtherwise` says mean something else, with spaces (offsets hold). */
function blankWhere(
  folded: string,
  pattern: RegExp,
  meantOtherwise: (index: number, match: string) => boolean,
): string {
  return folded.replace(pattern, (m: string, ...rest: unknown[]) =>
    meantOtherwise(rest.at(-2) as number, m) ? ' '.repeat(m.length) : m,
  );
}

/**
 * « L'anonymat des copies », « la correction des copies d'examen »: the candidates' papers, not a copy of another
 * certification. Such a « copie » states no literal copy, unless it is « une copie du référentiel… ».
 */
const EXAM_CONTEXT =
  /\b(anonymat|anonym\w*|correct\w*|corrig\w*|surveill\w*|examens?|epreuves?|candidats?|notation|notes?|bareme|jury|evaluat\w*|sessions?)\b/;
const COPY_OF_WORK =
  /^\s*(quasi )?(integrale|litterale|conforme|du |de la |de l'|de celui|de celle|des (referentiels?|titres?|certifications?|fiches?|blocs?))/;
function withoutExamCopies(folded: string): string {
  // The noun only, after its determiner (« des copies »), not the participle (« sont copiés », folded alike).
  return blankWhere(
    folded,
    /(?<=\b(?:des|les|la|une|leurs?|aux|chaque|ses|vos|nos|sa) )copies?\b/g,
    (index, m) =>
      EXAM_CONTEXT.test(near(folded, index, m)) && !COPY_OF_WORK.test(folded.slice(index + m.length)),
  );
}

/** Whether folded text states a literal copy (one test for proposing the ground and for ranking it first). */
const statesCopy = (folded: string) => COPY.test(withoutExamCopies(folded));

const VAE_CONTEXT = /\bvae\b|validation des acquis|\bexperience\b|\blivrets?\b|\bcandidat/;

/** The admissibility of a VAE application (« recevabilité des demandes de VAE ») is criterion 6, not the dossier's. */
function withoutVaeAdmissibility(folded: string): string {
  return blankWhere(folded, /\b(ir)?recevab\w*/g, (index, m) => VAE_CONTEXT.test(near(folded, index, m)));
}

/** Whether the remark states the refusal ground or admissibility `number` (always true for other criteria). */
export function statesGround(number: string, text: string): boolean {
  const kind = criterionKind(number);
  if (kind !== 'refusal' && kind !== 'admissibility') return true;
  const f = foldText(text);
  switch (number) {
    case 'R6113-8-1 1°':
      if (FALSE_DECLARATION.test(f)) return true;
      // Figures shown to the public and contradicted by the dossier are misleading communication (3°).
      if (MEDIUM.test(f) && MISLEADING.test(f)) return false;
      return DATA.test(f) && CONTRADICTED.test(f) && !MISSING.test(f);
    case 'R6113-8-1 2°':
      return statesCopy(f);
    case 'R6113-8-1 3°':
      return MEDIUM.test(f) && MISLEADING.test(f);
    default:
      return ADMIN_PIECE.test(withoutVaeAdmissibility(f));
  }
}

/** Where the words of a refusal ground the remark does not state count instead (the criterion it examines). */
export function unstatedFallback(
  number: string,
  repertoire: Repertoire,
  newRules: boolean,
): string | undefined {
  if (number === 'R6113-8-1 1°') return repertoire === 'RNCP' ? '1' : newRules ? '1 bis' : '1';
  if (number === 'R6113-8-1 2°') return repertoire === 'RNCP' ? '3' : '2';
  return undefined;
}

/** Weight kept by the words of an unstated refusal ground where they count instead. */
const FALLBACK_WEIGHT = 0.8;
/** Words of an unstated ground that carry over: those about declared figures, or a copy of a référentiel. */
const CARRIED_TERM =
  /donnees|promotion|taux|insertion|incoheren|chiffr|effectif|titulaire|certifie|declar|litteral|plagiat|copi|referentiel|reprodu|identique|similitude|reac|titre professionnel|doublon/;

/**
 * Removes from keyword scores the refusal grounds and admissibility that `text` does not state; the words of an
 * unstated ground count for the criterion it examines instead (« données … incohérentes » → criterion 1).
 */
export function dropUnstated(
  scores: Map<string, KeywordScore>,
  text: string,
  repertoire: Repertoire,
  newRules: boolean,
): void {
  for (const [number, s] of [...scores]) {
    if (statesGround(number, text)) continue;
    scores.delete(number);
    const target = unstatedFallback(number, repertoire, newRules);
    if (!target) continue;
    const current = scores.get(target) ?? { number: target, score: 0, terms: [] };
    // Only the words about the figures themselves carry over: « vérification », « justificatifs » say nothing
    // of criterion 1 (a remark on checking identities at the exams is criterion 4).
    // Candidates' papers (« l'anonymat des copies ») say nothing of a copied référentiel either.
    const papers = number === 'R6113-8-1 2°' && !/\bcopi/.test(withoutExamCopies(foldText(text)));
    const carried = s.terms.filter(
      (t) => CARRIED_TERM.test(foldText(t)) && !(papers && /^copi/.test(foldText(t))),
    );
    if (carried.length === 0) continue;
    current.score += s.score * FALLBACK_WEIGHT * (carried.length / s.terms.length);
    for (const t of carried) if (!current.terms.includes(t)) current.terms.push(t);
    scores.set(target, current);
  }
}

/** Extra score of a refusal ground the remark names outright (« fausse déclaration », « mot pour mot »…). */
const NAMED_BONUS = 8;
/** Extra score of a ground the remark describes (declared figures contradicted, a claim in public). */
const DESCRIBED_BONUS = 5;
/** How far a stated ground ends above the best criterion (R. 6113-8-1 is examined before the criteria). */
const STATED_MARGIN = 1;

/**
 * Refusal grounds are examined before the criteria (R. 6113-8-1): a remark that states one is about it, even when
 * its other words are those of a criterion (« les effectifs déclarés ne correspondent pas aux procès-verbaux »), so
 * a stated ground ranks first; the criterion stays the runner-up.
 */
export function boostStated(
  scores: Map<string, KeywordScore>,
  text: string,
  numbers: readonly string[],
): void {
  const f = foldText(text);
  const bonus: Record<string, number> = {
    'R6113-8-1 1°': FALSE_DECLARATION.test(f)
      ? NAMED_BONUS
      : statesGround('R6113-8-1 1°', text)
        ? DESCRIBED_BONUS
        : 0,
    'R6113-8-1 2°': statesCopy(f) ? NAMED_BONUS : 0,
    'R6113-8-1 3°': statesGround('R6113-8-1 3°', text) ? DESCRIBED_BONUS : 0,
  };
  // The best criterion's score: a stated ground ranks above it, whatever the remark's other words.
  const bestCriterion = Math.max(
    0,
    ...[...scores.values()].filter((s) => criterionKind(s.number) !== 'refusal').map((s) => s.score),
  );
  for (const [number, extra] of Object.entries(bonus)) {
    if (extra === 0 || !numbers.includes(number)) continue;
    const current = scores.get(number) ?? { number, score: 0, terms: [] };
    current.score = Math.max(current.score + extra, bestCriterion + STATED_MARGIN);
    scores.set(number, current);
  }
}
