import type { ComponentType, ReactNode } from 'react';
import { CommentsPanel } from '../comments/CommentsPanel';
import { CommentsTabCount } from '../comments/CommentsTabCount';
import { PagePanel } from '../popup/PagePanel';
import { ReadinessPanel } from '../readiness/ReadinessPanel';

/**
 * The side panel's views, one tab each, in this one list (as refined-github registers its
 * features). To add a view: write a component (it can read the served tab with `useTargetTab()`
 * and the active dossier with dexie-react-hooks), then add an entry here.
 */
export interface PanelView {
  id: string;
  /** Tab name, in French. */
  label: string;
  /** Shown after the tab name (a count). */
  badge?: () => ReactNode;
  Component: ComponentType;
}

export const PANEL_VIEWS: readonly PanelView[] = [
  { id: 'page', label: 'Cette page', Component: PagePanel },
  {
    id: 'comments',
    label: 'Demande de compléments',
    badge: () => <CommentsTabCount />,
    Component: CommentsPanel,
  },
  { id: 'readiness', label: 'Prêt à déposer\u00a0?', Component: ReadinessPanel },
];
