import type { Repertoire } from '../data/enums';
import type { PromotionRow } from './columns';

/** What the React section exposes to the page's main world, for tests to read back. */
export interface CertifProState {
  section: 'promotions';
  demande: string;
  repertoire: Repertoire;
  promotions: PromotionRow[];
}

declare global {
  interface Window {
    __certifproState?: CertifProState;
  }
}

export function publishState(state: CertifProState): void {
  window.__certifproState = state;
}
