import type { Repertoire } from '@/utils/criteria/types';
import type { KeywordScore } from './score';

/**
 * RS 1° bis judges the impact on careers « s'appuyant sur l'analyse de promotions de titulaires »: a remark on
 * careers that speaks of no holders, promotions, survey or data is about the aims of the training (1° ter,
 * L. 6313-3: insertion, evolution, mobility) rather than a measured impact. Runs on content stems.
 */
const HOLDER_DATA =
  /^(titulair|promotion|enquet|questionnair|repondant|suiv|donne|taux|sortant|interrog|devenir|effectif|chiffr|resultat)/;
/** Whole stems: « certifiés » (not « certification »), « personnes » (not « personnel »). */
const HOLDERS = new Set(['certif', 'person', 'diplom']);

/** Weight kept by RS 1° bis when the remark speaks of no holders or data and 1° ter also scores. */
const WITHOUT_DATA = 0.5;

export function weighHolderData(
  scores: Map<string, KeywordScore>,
  stems: readonly string[],
  repertoire: Repertoire,
  newRules: boolean,
): void {
  if (repertoire !== 'RS' || !newRules) return;
  const impact = scores.get('1 bis');
  if (!impact || !scores.get('1 ter')) return;
  if (stems.some((s) => HOLDER_DATA.test(s) || HOLDERS.has(s))) return;
  impact.score *= WITHOUT_DATA;
}
