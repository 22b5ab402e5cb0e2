import { useState } from 'react';
import { useDb } from '@/components/editor/db-context';
import { linkComments } from '@/utils/comments';
import { todayIso } from '@/utils/criteria';
import { trackRequest } from '@/utils/storage/request-store';
import { AnalyzeForm } from './AnalyzeForm';
import { saveDraft } from './draft';
import type { DossierRules } from './labels';
import { PreviewList } from './PreviewList';
import type { PageReading } from './popup-actions';
import { type Preview, restoreLine, toPreview, toRequest, toTracked } from './preview';

interface Props {
  dossierId: string;
  rules: DossierRules;
  readPage?: () => Promise<PageReading>;
}

/** Paste (or read) a request for additions, check how each comment is linked, then track them. */
export function RequestAnalyzer({ dossierId, rules, readPage }: Props) {
  const db = useDb();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [done, setDone] = useState('');

  const analyze = (text: string) => {
    setDone('');
    setPreview(
      toPreview(linkComments(text, { repertoire: rules.repertoire, filedOn: rules.filedOn ?? undefined })),
    );
  };
  const track = async (receivedOn: string | null) => {
    if (!preview) return;
    const request = toRequest(preview, dossierId, receivedOn ?? todayIso());
    const items = toTracked(preview.entries, dossierId, request.receivedOn, new Date(), request.id);
    try {
      await trackRequest(request, items, db);
    } catch {
      setDone('Les remarques n’ont pas pu être enregistrées. Réessayez.');
      return;
    }
    saveDraft(dossierId, '');
    setPreview(null);
    setFormKey((k) => k + 1);
    setDone(
      `${items.length} remarque${items.length > 1 ? 's' : ''} ajoutée${items.length > 1 ? 's' : ''} au suivi.`,
    );
  };

  return (
    <div className="cm-analyzer">
      <AnalyzeForm key={formKey} dossierId={dossierId} onAnalyze={analyze} readPage={readPage} />
      {done && (
        <p className="cm-notice cm-notice--success" role="status">
          {done}
        </p>
      )}
      {preview && (
        <PreviewList
          preview={preview}
          rules={rules}
          onChange={(entries) => setPreview({ ...preview, entries })}
          onRestore={(line) => setPreview(restoreLine(preview, line, rules))}
          onTrack={track}
          onDiscard={() => setPreview(null)}
        />
      )}
    </div>
  );
}
