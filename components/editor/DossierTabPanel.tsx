import { useMemo } from 'react';
import { CommentsView } from '@/components/comments/CommentsView';
import { useTrackedComments } from '@/components/comments/use-comments';
import { CriteriaReadiness } from '@/components/readiness/CriteriaReadiness';
import { pathHash } from '@/components/readiness/open-path';
import type { Dossier } from '@/utils/dossier/model';
import { DossierForm } from './DossierForm';
import { useDossier, useEditor } from './editor-context';
import { HistoryView } from './HistoryView';
import { ReadinessReport } from './ReadinessReport';
import { fieldHash, type Route } from './route';

interface Props {
  route: Extract<Route, { view: 'dossier' }>;
  flush: () => Promise<void>;
  adopt: (d: Dossier) => void;
}

function VerificationTab() {
  const dossier = useDossier();
  const { pageLimits } = useEditor();
  const limits = useMemo(
    () => Object.fromEntries([...pageLimits.values()].map((l) => [l.fieldId, l.limit])),
    [pageLimits],
  );
  const remarks = useTrackedComments(dossier.id);
  return (
    <ReadinessReport
      dossier={dossier}
      limits={limits}
      onOpenField={(path) => {
        location.hash = fieldHash(dossier.id, path);
      }}
    >
      <CriteriaReadiness
        dossier={dossier}
        remarks={remarks}
        onOpenField={(path) => {
          location.hash = pathHash(dossier, path);
        }}
      />
    </ReadinessReport>
  );
}

function ComplementsTab() {
  return <CommentsView dossier={useDossier()} />;
}

/** The content of the current tab of a dossier. */
export function DossierTabPanel({ route, flush, adopt }: Props) {
  switch (route.tab) {
    case 'historique':
      return <HistoryView dossierId={route.id} flush={flush} adopt={adopt} />;
    case 'verification':
      return <VerificationTab />;
    case 'complements':
      return <ComplementsTab />;
    default:
      return <DossierForm field={route.field} section={route.section} />;
  }
}
