import type { GroupPreview } from '@/utils/messaging/page-protocol';
import { quoted } from './french';

const plural = (n: number, word: string) => `${n} ${word.toLowerCase()}${n > 1 ? 's' : ''}`;
/** « bloc » from « Blocs de compétences »: the item's word, for the sentences below. */
const itemWord = (label: string) => label.split(/\s/)[0]?.replace(/s$/, '') ?? label;

/**
 * Before « Appliquer »: the repeated items the dossier holds beyond the page's (« 3 blocs à créer »),
 * and the page's own button that will create them — or, without one, how many to add by hand.
 */
export function GroupCreations({ groups }: { groups: GroupPreview[] }) {
  const todo = groups.filter((g) => g.toCreate > 0);
  if (todo.length === 0) return null;
  return (
    <ul className="pp-groups" data-testid="prefill-groups">
      {todo.map((g) => (
        <li key={g.group} data-group={g.group} data-to-create={g.toCreate}>
          {g.addControl ? (
            <>
              <strong>{plural(g.toCreate, itemWord(g.label))} à créer</strong>
              {` (la page en montre ${g.onPage}, le dossier en contient ${g.inDossier})\u00a0: « Appliquer » pressera ${quoted(g.addControl)} pour chacun, attendra qu’il apparaisse, puis le remplira.`}
            </>
          ) : (
            <>
              <strong>{plural(g.toCreate, itemWord(g.label))} à ajouter à la main</strong>
              {` (${quoted(g.label)})\u00a0: aucun bouton d’ajout trouvé dans ce groupe ni juste après. Ajoutez-les sur la page, puis pré-remplissez de nouveau.`}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
