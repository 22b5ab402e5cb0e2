import type { Demande } from '../data/demandes';
import type { TabSlug } from '../data/tabs';
import { complementsTab } from './complements';
import { correspondancesTab } from './correspondances';
import { criteresTab } from './criteres';
import { ficheTab } from './fiche';
import { identificationTab } from './identification';
import { partenairesTab } from './partenaires';
import { piecesTab } from './pieces';
import { promotionsTab } from './promotions';

export const TAB_RENDERERS: Record<TabSlug, (demande: Demande) => HTMLElement> = {
  identification: identificationTab,
  fiche: ficheTab,
  criteres: criteresTab,
  promotions: promotionsTab,
  partenaires: partenairesTab,
  correspondances: correspondancesTab,
  'pieces-jointes': piecesTab,
  complements: complementsTab,
};
