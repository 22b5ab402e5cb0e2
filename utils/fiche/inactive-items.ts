import type { GroupId } from '../catalogue';
import { type RawNode, textAt } from './raw-node';

/** The state element of an item that a renewal should not carry over when not active. */
const STATE: Partial<Record<GroupId, { state: string; name: string; siret: string; what: string }>> = {
  partenaires: {
    state: 'ETAT_HABILITATION',
    name: 'NOM_PARTENAIRE',
    siret: 'SIRET_PARTENAIRE',
    what: 'Partenaire',
  },
  'demande.certificateurs': {
    state: 'ETAT_CERTIFICATEUR',
    name: 'NOM_CERTIFICATEUR',
    siret: 'SIRET_CERTIFICATEUR',
    what: 'Certificateur',
  },
};

/**
 * A partner whose habilitation, or a certifier, is no longer active on the published fiche
 * (« Inactif », « Supprimé ») is left out of the renewal and reported; an item without a state
 * counts as active.
 */
export function inactiveItem(group: GroupId, item: RawNode): { reason: string; sample: string } | null {
  const s = STATE[group];
  if (!s) return null;
  const state = textAt(item, s.state);
  if (!state || /^actif$/i.test(state)) return null;
  const name = textAt(item, s.name) ?? 'sans nom';
  const siret = textAt(item, s.siret);
  return {
    reason: `${s.what} à l’état « ${state} » sur la fiche publiée : non repris`,
    sample: siret ? `${name} (SIRET ${siret})` : name,
  };
}
