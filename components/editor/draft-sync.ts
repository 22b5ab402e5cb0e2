import type { Dossier } from '@/utils/dossier/model';
import { applyPatch, diffDossier, type PatchEntry } from '@/utils/storage/merge';
import { readSlot, sameValue } from '@/utils/storage/slots';

/** How many sent values of one slot are remembered (a field typed key by key sends one per draft). */
const SENT_VALUES_KEPT = 64;

/**
 * A slot another writer changed while this page was editing it.
 * `kept`: this page's value is newer and replaced the other one. `replaced`: the other writer's
 * value is newer and now shows. In both cases `other` is the value not shown (kept in history).
 */
export interface ConflictNotice {
  slot: string;
  kind: 'kept' | 'replaced';
  other: unknown;
}

/**
 * The editor's side of merging (no React, no database): what the page shows (`draft`), the stored
 * version it is based on (`base`), and the drafts it sent, numbered. A stored version written
 * elsewhere is merged into the draft: slots this page did not change take the stored value, slots
 * it changed keep its value (they will be saved later, so they win).
 */
export class DraftSync {
  base: Dossier;
  draft: Dossier;
  /** When the page last changed the draft (ISO): orders its save against other pages' drafts. */
  private editedAt = new Date(0).toISOString();
  private seq = 0;
  private appliedSeq = -1;
  /** The draft as it was when each numbered patch was sent, until the database holds it. */
  private readonly sent = new Map<number, Dossier>();
  /** Slots this page has written: another writer replacing them is shown. */
  private readonly touched = new Set<string>();
  /** The latest values this page sent, by slot: found in a stored version, they are its own, not a conflict. */
  private readonly sentValues = new Map<string, unknown[]>();

  constructor(stored: Dossier) {
    this.base = stored;
    this.draft = stored;
  }

  /** A change made on this page. */
  edit(next: Dossier, at = new Date()): void {
    this.draft = next;
    this.editedAt = at.toISOString();
  }

  /** The edits not yet in the stored version this page is based on. */
  pending(): PatchEntry[] {
    return diffDossier(this.base, this.draft);
  }

  hasPending(): boolean {
    return this.pending().length > 0;
  }

  /** Numbers the pending edits for sending (draft table, save, closing message). */
  take(): { seq: number; entries: PatchEntry[]; editedAt: string } {
    const entries = this.pending();
    this.seq++;
    this.sent.set(this.seq, this.draft);
    for (const e of entries) {
      this.touched.add(e.slot);
      const values = this.sentValues.get(e.slot) ?? [];
      values.push(e.value);
      if (values.length > SENT_VALUES_KEPT) values.shift();
      this.sentValues.set(e.slot, values);
    }
    return { seq: this.seq, entries, editedAt: this.editedAt };
  }

  /**
   * Whether `value` is one this page sent for `slot` (its pending draft, merged by another writer's
   * save before this page's own): finding it in the stored version is no conflict.
   */
  sentBefore(slot: string, value: unknown): boolean {
    return (this.sentValues.get(slot) ?? []).some((v) => sameValue(v, value));
  }

  /**
   * Merges a stored version into the draft. `appliedSeq` is the highest numbered patch of this page
   * the stored version holds (saved here, or merged by the background from the draft table).
   * Returns the conflicts to show; an older stored version than the base is ignored.
   *
   * The page's own edits are what differs between its base (the last stored version it took) and
   * its draft: values taken from other writers are in both, so they never count as this page's.
   * A patch of this page the stored version now holds is compared slot by slot: a slot sent as it
   * is shown is no longer pending; a slot typed on since keeps the newer text, without a conflict
   * when the stored version holds what was sent.
   */
  receive(stored: Dossier, appliedSeq: number): ConflictNotice[] {
    const fresh = appliedSeq > this.appliedSeq;
    // Every write changes the stamp (utils/storage/stamp.ts): an equal or older one is nothing new.
    if (stored.updatedAt <= this.base.updatedAt && !fresh) return [];
    const ours = fresh ? this.sent.get(appliedSeq) : undefined;
    if (fresh) {
      this.appliedSeq = appliedSeq;
      for (const k of [...this.sent.keys()]) if (k <= appliedSeq) this.sent.delete(k);
    }
    const local: PatchEntry[] = [];
    for (const e of diffDossier(this.base, this.draft)) {
      const current = readSlot(stored, e.slot);
      if (!ours) {
        local.push(this.sentBefore(e.slot, current) ? { ...e, base: current } : e);
        continue;
      }
      const sentValue = readSlot(ours, e.slot);
      if (sameValue(e.value, sentValue)) continue;
      local.push(
        sameValue(current, sentValue) || this.sentBefore(e.slot, current) ? { ...e, base: current } : e,
      );
    }
    const mine = new Set(local.map((e) => e.slot));
    const { dossier, conflicts } = applyPatch(stored, local);
    const notices: ConflictNotice[] = conflicts.map((c) => ({
      slot: c.slot,
      kind: 'kept',
      other: c.replaced,
    }));
    for (const e of diffDossier(this.base, stored)) {
      if (!this.touched.has(e.slot) || mine.has(e.slot)) continue;
      const shown = readSlot(this.draft, e.slot);
      if (!sameValue(shown, e.value)) notices.push({ slot: e.slot, kind: 'replaced', other: shown });
    }
    this.base = stored;
    this.draft = sameValue(dossier, this.draft) ? this.draft : dossier;
    return notices;
  }

  /** Replaces both the draft and its base by a dossier just written here (restore, rename). */
  adopt(d: Dossier): void {
    this.base = d;
    this.draft = d;
  }
}
