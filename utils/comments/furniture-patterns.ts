/**
 * Line patterns of the furniture of a letter or an e-mail (everything that is not a remark). They run on folded
 * lines (lower case, no accents, ’ → ') — see furniture.ts for the zones that decide between them.
 */
import { findExplicitRefs } from './explicit-refs';
import { foldSameLength } from './fold';

export const fold = (line: string) => foldSameLength(line.trim());

const GREETING = /^(madame|monsieur|mesdames|messieurs|bonjour|bonsoir|cher|chere|chers|cheres|mme|m\.)\b/;
const CLOSING =
  /^(bien |tres |tres bien )?cordialement\b|^(bien a vous|bien a toi|sinceres salutations|salutations|respectueusement|bonne (journee|fin de journee|soiree|semaine)|belle journee)\b|^(je vous prie|nous vous prions|je vous serais oblige|veuillez)\b.{0,60}\b(agreer|croire|recevoir)\b|^(restant|je reste|nous restons) a votre disposition\b.*\b(agreer|salutations|cordialement)/;
const POLITE =
  /^(dans l'attente|restant a votre disposition|(nous restons|je reste|je me tiens|nous nous tenons|l'equipe reste) a votre (entiere )?disposition|n'hesitez pas|merci par avance|merci d'avance|en vous remerciant|avec (mes|nos) remerciements|(je|nous) vous remerci\w+ (par avance|de votre|pour votre)|je vous souhaite|nous vous souhaitons)/;
const CONTACT =
  /^(--\s*$|_{3,}|-{3,}\s*$|t[e]l(\.|ephone)?\s*:|fax\s*:|mobile\s*:|portable\s*:|e-?mail\s*:|courriel\s*:|site\s*:|https?:\/\/\S+$|www\.\S+$|[\w.+-]+@[\w-]+\.[\w.]+$|(\+33|0)[\s.]?\d([\s.]?\d{2}){4}$)/;
const EMAIL_HEADER =
  /^(de|from|envoye|envoye le|sent|date|a|to|cc|cci|bcc|objet|subject|importance|pieces? jointes?)\s*:/;
const MESSAGE_START =
  /^(-{2,}\s*)?(message transfere|message d'origine|original message|forwarded message|message original|debut du message reexpedie)|^le .{6,80}\ba ecrit\s*:$|^on .{6,80}\bwrote:$/;
const SUBJECT = /^(objet|obj\.)\s*:/;
const REFERENCE =
  /^(ref(\.|erences?)?|n\/\s?ref\.?|v\/\s?ref\.?|nos ref\.?|vos ref\.?|notre ref\.?|votre ref\.?|dossier (suivi|instruit) par|affaire suivie par|suivi par|numero de dossier|dossier n\s?°|demande n\s?°|lettre recommandee|courrier (envoye|adresse|depose) (par|via|sur)|envoi par la teleprocedure|lrar\b|pj\s*:|p\.\s?j\.\s*:)(?![a-z])/;
const STREET =
  /^\d{1,4}\s?(bis|ter)?,?\s+(rue|avenue|av\.|boulevard|bd|place|allee|chemin|quai|impasse|route|cours|square|esplanade|parvis|rond-point|cite|lieu-dit)\b/;
const POSTAL = /^(\d{5}|\d{2} \d{3})\s+[a-z][a-z' -]+(cedex( \d+)?)?$|\b(cs|bp)\s?\d{3,6}\b|\bcedex\b/;
const ATTENTION = /^(a l'attention de|a l'attention d'|a l'intention de|attn|destinataire\s*:)/;
const FOOTER =
  /^(ce (message|courriel|mail)|cet e-?mail|les informations contenues|this (e-?mail|message)|avant d'imprimer|pensez a l'environnement|envoye depuis mon|envoye de mon|sent from my)\b/;
/** « Pour le directeur général et par délégation, », « P/O », « La cheffe du pôle instruction ». */
const SIGNER =
  /^(pour le directeur|pour la directrice|pour le president|pour la presidente|par delegation|p\/o\b|p\.o\.|le directeur|la directrice|le chef|la cheffe|la chef|le responsable|la responsable|l'instructeur|l'instructrice|le charge|la chargee|l'equipe (d'instruction|instruction|de la)|le pole|la direction de)/;
const SIGNER_TITLE =
  /^(charge|chargee|instructeur|instructrice|directeur|directrice|responsable|chef|cheffe|gestionnaire|conseiller|conseillere|referent|referente|pole|service|bureau|departement|direction|mission|instruction|france competences)\b/;

/** Opening of the list of requests: « … les compléments suivants : », « … les éléments complémentaires ci-après. » */
const LIST_INTRO =
  /\b(complements?|elements?|points?|remarques?|observations?|precisions?|informations?|pieces?|demandes?|questions?|reserves?)(\s+[a-z'-]+){0,2}\s+(suivant(e)?s|ci-dessous|ci-apres|listes? ci-dessous|enumeres?)\b/;
const ABOUT_PROCEDURE =
  /\b(votre (demande|dossier|depot|envoi)|l'instruction|l'examen|l'analyse|la lecture|ce dossier|la demande)\b/;
const VERB_THEN_COLON =
  /\b(transmettre|communiquer|fournir|adresser|preciser|completer|apporter|joindre|produire|nous faire parvenir)\s*:$/;
const STATUS =
  /^(votre (demande|dossier)|le dossier de (votre )?demande)\b.{0,120}\b(fait l'objet|a (bien )?ete (examin|instruit|etudi|recu)|est en cours d'instruction|a ete enregistre)/;
/** « Je me permets de revenir vers vous concernant votre demande… », « Je reviens vers vous au sujet de votre dossier. » */
const RETURNING =
  /^(je|nous) (me permets de |nous permettons de )?(reviens|revenons|revenir) vers vous\b.{0,200}\b(votre|la) (demande|dossier|depot)\b/;
/** « … plusieurs éléments doivent être complétés. », « Certains points appellent des précisions. »: the list's lead-in. */
const SEVERAL_POINTS =
  /\b(plusieurs|certains|certaines|quelques|divers|differents) (elements|points|informations|pieces|precisions|complements|questions|sujets|aspects)( (de votre|du|de ce) (dossier|demande))? (doivent|devront|restent|sont a|appellent|necessitent|meritent|demandent|requierent)\b/;
const THANKS_OPENING =
  /^(je vous remercie|nous vous remercions|merci) (pour|de) (votre|l'envoi|le depot)\b[^:]{0,80}\.$/;
/** « À défaut [de réponse] [dans un délai d'un mois à compter de …], votre demande sera examinée en l'état. » */
const CONSEQUENCE =
  /^(a defaut,?|(a defaut de (reponse|retour|transmission|complements?)|sans (reponse|retour) de votre part)\b[^.;:]{0,200}?,?)\s+(votre|la|le)\s+(demande|dossier)\b/;
const REPLY_CHANNEL =
  /^(les|vos|ces) (complements|elements|pieces|reponses|documents)\b.{0,80}\b(a deposer|sont a deposer|doivent etre deposes|a transmettre|a adresser)\b.{0,80}\b(teleprocedure|plateforme|certif ?pro|rubrique|espace)\b/;
/** Generic objects of a deadline sentence: the answer as a whole, not one document. */
const GENERIC_ANSWER =
  /\b(ces|vos|les|tous ces|l'ensemble de ces|l'ensemble des) (complements|elements|pieces|reponses|informations|precisions|documents|justificatifs)\b|\bvotre (reponse|retour|envoi)\b|\b(nous|me) (repondre|retourner)\b|\bces (points|demandes)\b/;
const ASAP = /\bdans les (meilleurs|plus brefs) delais\b|\b(rapidement|des que possible)\b/;
const DEFICIENCY =
  /\b(ne|n')\b.*\b(pas|aucun|aucune|ni)\b|\b(manqu|absen|insuffis|incomplet|incoherent|non (fourni|joint|precise|renseigne|decrit|justifie)|a (preciser|completer|justifier|revoir))/;

export const hasRef = (line: string) => findExplicitRefs(line).length > 0;
const short = (line: string, max: number) => line.trim().length <= max;

export const isGreeting = (line: string) => GREETING.test(fold(line)) && short(line, 60);
/** A greeting line that opens the letter (« Madame la Directrice, », « Bonjour »), not a name in an address. */
export const isSalutation = (line: string) =>
  isGreeting(line) &&
  (/[,!]$/.test(line.trim()) ||
    /^(bonjour|bonsoir|madame|monsieur|mesdames|messieurs)(,? (madame|monsieur|messieurs))?$/.test(
      fold(line),
    ));
export const isClosing = (line: string) => CLOSING.test(fold(line));
export const isPolite = (line: string) => POLITE.test(fold(line)) && short(line, 300);
export const isContact = (line: string) => CONTACT.test(fold(line));
export const isMessageStart = (line: string) => MESSAGE_START.test(fold(line));
export const isEmailHeader = (line: string) => EMAIL_HEADER.test(fold(line)) && short(line, 300);
export const isSubject = (line: string) => SUBJECT.test(fold(line));
export const isReference = (line: string) => REFERENCE.test(fold(line)) && short(line, 160);
export const isAddress = (line: string) => {
  const f = fold(line);
  return short(line, 90) && (STREET.test(f) || POSTAL.test(f) || ATTENTION.test(f));
};
export const isFooter = (line: string) => FOOTER.test(fold(line));
export const isSigner = (line: string) => SIGNER.test(fold(line)) && short(line, 120) && !hasRef(line);
export const isSignerTitle = (line: string) => SIGNER_TITLE.test(fold(line)) && short(line, 100);

/** A person's name alone on its line: « Paul Durand », « Mme Claire FONTAINE », « J.-P. Martin ». */
export function isPersonName(line: string): boolean {
  const t = line.trim().replace(/^(m\.|mme|mlle|mr|dr|pr)\s+/i, '');
  if (t.length > 50 || /[\d:;!?,]/.test(t) || (/\.$/.test(t) && !/\b\p{Lu}\.$/u.test(t))) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) =>
    /^(\p{Lu}[\p{Ll}'’-]+|\p{Lu}{2,}[\p{Lu}'’-]*|\p{Lu}\.(-\p{Lu}\.)?|de|du|des|d['’]\p{Lu}\p{Ll}+|le|la)$/u.test(
      w,
    ),
  );
}

/** The sentence(s) opening the list of requests. */
export function isOpening(line: string, nextIsList: boolean): boolean {
  const f = fold(line);
  if (!short(line, 320) || hasRef(line)) return false;
  if (LIST_INTRO.test(f)) return true;
  if (STATUS.test(f) || THANKS_OPENING.test(f)) return true;
  if (RETURNING.test(f) && !DEFICIENCY.test(f)) return true;
  if (/:$/.test(f) && (ABOUT_PROCEDURE.test(f) || VERB_THEN_COLON.test(f))) return true;
  if (nextIsList && SEVERAL_POINTS.test(f) && !DEFICIENCY.test(f.replace(SEVERAL_POINTS, ''))) return true;
  return nextIsList && /:$/.test(f) && !DEFICIENCY.test(f) && f.split(/\s+/).length <= 14;
}

/** What follows a missed deadline (« À défaut, votre demande sera examinée en l'état. »). */
export const isConsequence = (line: string) => CONSEQUENCE.test(fold(line)) && short(line, 300);

/** Where and how to answer (« Les compléments sont à déposer sur la téléprocédure, rubrique … »). */
export const isReplyChannel = (line: string) => REPLY_CHANNEL.test(fold(line)) && !hasRef(line);

/**
 * A sentence that only sets the deadline of the answer: it has a deadline (found by deadline.ts) or asks for a
 * quick answer, and its object is the answer as a whole (« ces éléments », « vos compléments »), not a document.
 */
export function isDeadlineSentence(line: string, hasDeadline: boolean): boolean {
  const f = fold(line);
  if (hasRef(line) || !short(line, 400)) return false;
  if (!hasDeadline && !ASAP.test(f)) return false;
  return GENERIC_ANSWER.test(f) || f.split(/\s+/).length <= 8;
}
