import type { RawNode } from './raw-node';

export interface LeafPath {
  path: string;
  count: number;
  /** The first non-blank value, cut to 200 characters. */
  sample: string;
}

/** Every element path of a fiche that holds text (`PARTENAIRES/PARTENAIRE/SIRET_PARTENAIRE`), counted. */
export function leafPaths(fiche: RawNode): LeafPath[] {
  const out = new Map<string, LeafPath>();
  const walk = (node: RawNode, prefix: string) => {
    for (const child of node.children) {
      const path = prefix ? `${prefix}/${child.name}` : child.name;
      if (child.children.length > 0) {
        walk(child, path);
        continue;
      }
      const text = child.text.trim();
      if (text === '') continue;
      const seen = out.get(path);
      if (seen) seen.count++;
      else out.set(path, { path, count: 1, sample: text.length > 200 ? `${text.slice(0, 199)}…` : text });
    }
  };
  walk(fiche, '');
  return [...out.values()];
}
