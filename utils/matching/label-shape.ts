import type { Evidence } from './description';
import { tokenize } from './tokens';
import type { Vocabulary } from './vocabulary';

/**
 * The shape of a French label: its head noun comes first, its owner last (« Téléphone du
 * secrétariat », « Lieu de naissance », « Durée de la formation »). A head no field uses, or an
 * owner the field never mentions, means the label speaks of something else than the field its
 * other words evoke.
 */

const HEAD_UNKNOWN = 0.7;
const OWNER_FOREIGN = 0.65;
/** Owners that are the dossier itself (« … de la certification », « … du dossier »): never foreign. */
const DOSSIER = new Set(tokenize('certification demande dossier projet fiche enregistrement'));
/** The last « de / du / des / d' » of the text, and what follows it. */
const LAST_COMPLEMENT = /.*\b(?:du|des|de|d')\s*(.+)$/;

export interface LabelShape {
  /** Factor for every field: the head word is unknown (0.7) or not (1). */
  head: number;
  /** Words of the last « de … » complement (empty when there is none). */
  owner: readonly string[];
}

function shapeOf(norm: string, vocab: Vocabulary): LabelShape {
  const main = norm.replace(/\([^)]*\)/g, ' ').trim();
  const tokens = tokenize(main);
  const head = tokens[0] === undefined || vocab.isKnown(tokens[0]) ? 1 : HEAD_UNKNOWN;
  const complement = tokens.length > 1 ? LAST_COMPLEMENT.exec(main)?.[1] : undefined;
  return { head, owner: complement ? tokenize(complement) : [] };
}

/** The shape of the control's first own text (its label), or a neutral shape. */
export function labelShape(own: readonly Evidence[], vocab: Vocabulary): LabelShape {
  const first = own[0];
  return first ? shapeOf(first.norm, vocab) : { head: 1, owner: [] };
}

/** Factor for one field: head factor, times a penalty when the owner names nothing of the field. */
export function shapeFactor(shape: LabelShape, field: number, vocab: Vocabulary): number {
  if (!shape.owner.length || shape.owner.every((t) => DOSSIER.has(t))) return shape.head;
  for (const t of shape.owner) if (vocab.fieldPostings.get(t)?.includes(field)) return shape.head;
  return shape.head * OWNER_FOREIGN;
}
