import type { Dossier } from '@/utils/dossier/model';
import { applyPatch, diffDossier, type PatchEntry } from '@/utils/storage/merge';
import { sameValue } from '@/utils/storage/slots';

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
    for (const e of entries) this.touched.add(e.slot);
    return { seq: this.seq, entries, editedAt: this.editedAt };
  }

  /**
   * Merges a stored version into the draft. `appliedSeq` is the highest numbered patch of this page
   * the stored version holds (saved here, or merged by the background from the draft table).
   * Returns the conflicts to show; an older stored version than the base is ignored.
   */
  receive(stored: Dossier, appliedSeq: number): ConflictNotice[] {
    const fresh = appliedSeq > this.appliedSeq;
    // Every write changes the stamp (utils/storage/stamp.ts): an equal or older one is nothing new.
    if (stored.updatedAt <= this.base.updatedAt && !fresh) return [];
    let ancestor = this.base;
    if (fresh) {
      ancestor = this.sent.get(appliedSeq) ?? this.base;
      this.appliedSeq = appliedSeq;
      for (const k of [...this.sent.keys()]) if (k <= appliedSeq) this.sent.delete(k);
    }
    const local = diffDossier(ancestor, this.draft);
    const mine = new Set(local.map((e) => e.slot));
    const { dossier, conflicts } = applyPatch(stored, local);
    const notices: ConflictNotice[] = conflicts.map((c) => ({
      slot: c.slot,
      kind: 'kept',
      other: c.replaced,
    }));
    for (const e of diffDossier(ancestor, stored)) {
      if (this.touched.has(e.slot) && !mine.has(e.slot))
        notices.push({ slot: e.slot, kind: 'replaced', other: e.base });
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
