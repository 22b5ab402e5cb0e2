import type { Scope } from './cues';
import type { ControlDescription } from './description';
import { settingKey } from './evidence-key';
import type { Candidate } from './types';

/**
 * The settings a content script has already scored, by their raw parts: a rescan finds a control
 * met before in a few map lookups on strings it already holds, without building its evidence key
 * (evidence-key.ts joins and hashes a few hundred characters per control). Finer than that key:
 * every part the key is made of enters here as read, so one path never stands for two keys.
 */

const END = Symbol('end');

export interface SettingTrie {
  next: Map<unknown, SettingTrie>;
  /** At a description's node: its candidates, by the rest of the setting (adjustments). */
  leaves?: Map<string, Candidate[]>;
}

export function createSettingTrie(): SettingTrie {
  return { next: new Map() };
}

function step(node: SettingTrie, part: unknown): SettingTrie {
  let next = node.next.get(part);
  if (!next) {
    next = createSettingTrie();
    node.next.set(part, next);
  }
  return next;
}

/** The candidates of this setting if it was met before, and where to store them otherwise. */
export function settingSlot(
  trie: SettingTrie,
  desc: ControlDescription,
  repertoire: string,
  scope: Scope,
): { leaves: Map<string, Candidate[]>; key: string } {
  let node = step(trie, repertoire);
  node = step(node, desc.inputType === 'search' || desc.element.getAttribute('role') === 'searchbox');
  for (const list of [desc.own, desc.secondary, desc.weak, desc.context]) {
    for (const e of list) node = step(node, e.norm);
    node = step(node, END);
  }
  for (const option of desc.options) node = step(node, option);
  node.leaves ??= new Map();
  // The options entered the path above: the rest of the setting keys the leaf.
  return { leaves: node.leaves, key: settingKey(desc, scope) };
}
