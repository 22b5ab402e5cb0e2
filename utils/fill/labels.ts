import { getField, getGroup } from '../catalogue';
import { parsePath } from '../dossier/paths';

/** The voies d'accès by the words a person uses for them, for « Voie VAE — Composition du jury ». */
const VOIES: Record<string, string> = {
  fi: 'formation initiale',
  ca: 'apprentissage',
  fc: 'formation continue',
  cq: 'contrat de professionnalisation',
  cl: 'candidature individuelle',
  vae: 'VAE',
};

/**
 * The field's name with the group it belongs to: « Bloc 2 — Intitulé du bloc » for
 * `fiche.blocs[1].libelle`, « Voie VAE — Composition du jury »; the short label otherwise.
 */
export function pathLabel(path: string): string {
  const voie = /^fiche\.voiesAcces\.(\w+)\.(autorise|compositionJury)$/.exec(path);
  if (voie?.[1] && VOIES[voie[1]])
    return `Voie ${VOIES[voie[1]]} — ${voie[2] === 'autorise' ? 'Accès par cette voie' : 'Composition du jury'}`;
  const p = parsePath(path);
  const field = getField(p?.fieldId ?? path);
  if (!field) return path;
  const short = typographic(field.shortLabel);
  if (p?.group && p.index !== null) {
    const item = getGroup(p.group).itemLabel;
    // « Bloc 2 — Prérequis à la validation », not « … (bloc) »: the group is already named.
    const own = short.replace(new RegExp(`\\s*\\(${item}\\)$`, 'i'), '');
    return `${item} ${p.index + 1} — ${own}`;
  }
  return short;
}

/** The catalogue's wordings with French typography: the apostrophe ’. */
const typographic = (label: string): string => label.replace(/'/g, '’');
