/** One element of a fiche as the export holds it: its tag, its text, its child elements. */
export interface RawNode {
  name: string;
  text: string;
  children: RawNode[];
}

/** Child elements at a path of tags (`CODES_NSF/NSF`), in document order. */
export function nodesAt(node: RawNode, path: string): RawNode[] {
  let level = [node];
  for (const tag of path.split('/')) level = level.flatMap((n) => n.children.filter((c) => c.name === tag));
  return level;
}

/** The trimmed text of the first element at the path, or null when absent or blank. */
export function textAt(node: RawNode, path: string): string | null {
  const text = nodesAt(node, path)[0]?.text.trim();
  return text ? text : null;
}
