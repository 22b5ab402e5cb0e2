import { foldText } from './fold';
import { stem } from './stem';

/** Function words ignored when matching keywords (folded, unstemmed). */
const STOPWORDS = new Set(
  (
    'a au aux avec ce ces cet cette d de des du elle elles en et eux il ils j je l la le les leur leurs lui m ' +
    'ma mais me meme mes moi mon n ne nos notre nous on ou par pas pour qu que qui s sa se ses si son sur t ta ' +
    'te tes toi ton tu un une vos votre vous y c ci ca est sont ete etre avoir ont a dont dans afin ainsi ' +
    'merci bien vouloir veuillez preciser indiquer fournir joindre transmettre expliquer detailler ' +
    'il elle cela celle celles celui ceux ceci tout tous toute toutes plus moins tres aussi donc alors ' +
    'comme lors entre sans sous chaque autre autres quel quelle quels quelles comment pourquoi'
  ).split(' '),
);

/** Content tokens of a text: folded, split on non-alphanumerics, stop words removed, stemmed. */
export function contentStems(text: string): string[] {
  const words = foldText(text).split(/[^a-z0-9°]+/);
  const out: string[] = [];
  for (const word of words) {
    if (word.length < 2 && !/\d/.test(word)) continue;
    if (STOPWORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}
