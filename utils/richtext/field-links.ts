import { getField } from '../catalogue';

/**
 * Fields whose text may carry links: the criteria's argumentaires cite sources (studies,
 * observatories, a CPNE's minutes). The fiche's published texts do not: the platform publishes
 * them as plain text, so a link there would only lose its address.
 */
const TAKES_LINKS = /^(rncp|rs)\.critere\d+\.argumentaire$/;

export function fieldTakesLinks(fieldId: string): boolean {
  return getField(fieldId)?.kind === 'textarea' && TAKES_LINKS.test(fieldId);
}
