/** The texts a check rests on, cited in French as the user reads them. */
import { numberLabel } from '../criteria/labels';
import type { Repertoire } from './types';

/** « Code du travail, art. R. 6113-9, 4° » (RNCP) or « … R. 6113-11, 3° » (RS). */
export function article(repertoire: Repertoire, number: string): string {
  const art = repertoire === 'RNCP' ? 'R. 6113-9' : 'R. 6113-11';
  return `Code du travail, art. ${art}, ${numberLabel(number)}`;
}

export const PROMOTIONS_RULE: Record<Repertoire, string> = {
  RNCP: 'Code du travail, art. R. 6113-9, II (promotions prises en compte)',
  RS: 'Code du travail, art. R. 6113-11, II (promotions prises en compte)',
};

/** The certification-engineering framework of shared/seeds (competence C3 … C9). */
export function framework(competence: string): string {
  return `Référentiel « Conduire un projet d’ingénierie de certification professionnelle », ${competence}`;
}

export const NOTE_PARTNERS_2020 =
  'Note de France compétences du 28 février 2020 sur les responsabilités des certificateurs (réseau de partenaires)';
export const NOTE_BLOCS_2019 = 'Note de France compétences du 27 juin 2019 sur les blocs de compétences';
export const FAQ_RS_USAGE =
  'France compétences, FAQ du répertoire spécifique : opportunité et valeur d’usage';
export const HONORABILITY = 'Code du travail, art. R. 6113-14 (bulletin n° 3 de moins de trois mois)';
export const ACCOUNT_PIECES =
  'France compétences, aide à la création de compte : pièces d’existence légale et délégation de moins de trois mois';
export const SIRET_RULE =
  'France compétences, aide à la création de compte : SIRET de 14 chiffres, sans espaces';
export const RENEWAL_NOTICE =
  'France compétences, notice d’information (juin 2021) : déclarer le renouvellement et le code de la certification';
export const PARTNER_LIST = 'Code du travail, art. R. 6113-16-5 (liste des organismes habilités)';
export const L6313_3 = 'Code du travail, art. L. 6313-3 (objectifs des actions de formation)';
export const TELEPROCEDURE = 'Arrêté du 4 janvier 2019 (informations transmises par la téléprocédure)';
