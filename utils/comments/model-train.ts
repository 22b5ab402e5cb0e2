import type { Repertoire } from '@/utils/criteria/types';
import { type LinkerModelData, modelFeatures } from './model';

/** One training text of the linker model, with its criterion number. */
export interface TrainingDoc {
  /** The corpus id (c123, l04.2) or the criterion record it comes from (criterion:RNCP:1). */
  id: string;
  repertoire: Repertoire;
  number: string;
  text: string;
}

/** Laplace smoothing. */
export const ALPHA = 0.5;
/** A feature is kept when this many training texts have it (keeps the model file small). */
export const MIN_DOCS = 2;

/**
 * Multinomial naive Bayes counts (binary per text) per repertoire and criterion number; deterministic (sorted
 * features and classes), so a fresh training gives the same file.
 */
export function trainModel(
  docs: readonly TrainingDoc[],
  classes: Record<Repertoire, string[]>,
): LinkerModelData {
  const featured = docs.map((d) => ({ ...d, features: modelFeatures(d.text) }));
  const df = new Map<string, number>();
  for (const d of featured) for (const f of d.features) df.set(f, (df.get(f) ?? 0) + 1);
  const features = [...df]
    .filter(([, n]) => n >= MIN_DOCS)
    .map(([f]) => f)
    .sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const repertoire = (rep: Repertoire) => {
    const counts = classes[rep].map((number) => {
      const byFeature = new Map<number, number>();
      for (const d of featured) {
        if (d.repertoire !== rep || d.number !== number) continue;
        for (const f of d.features) {
          const i = index.get(f);
          if (i !== undefined) byFeature.set(i, (byFeature.get(i) ?? 0) + 1);
        }
      }
      return [...byFeature]
        .sort((a, b) => a[0] - b[0])
        .map(([i, c]) => (c === 1 ? `${i}` : `${i}.${c}`))
        .join(' ');
    });
    return { classes: classes[rep], counts };
  };
  return {
    version: 1,
    alpha: ALPHA,
    features,
    repertoires: { RNCP: repertoire('RNCP'), RS: repertoire('RS') },
  };
}
