import { isFilled } from '@/utils/dossier/paths';
import type { Revision } from '@/utils/storage/records';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

/** « 12 champs remplis · 3 éléments de groupes · 2 pièces jointes ». */
export function RevisionSummary({ revision }: { revision: Revision }) {
  const s = revision.snapshot;
  const fields = Object.values(s.values).filter(isFilled).length;
  const items = Object.values(s.groups).reduce((n, g) => n + g.length, 0);
  const parts = [
    plural(fields, 'champ rempli', 'champs remplis'),
    plural(items, 'élément de groupe', 'éléments de groupes'),
    plural(s.attachments.length, 'pièce jointe', 'pièces jointes'),
  ];
  return <span className="cf-revision__summary">{parts.join(' · ')}</span>;
}
