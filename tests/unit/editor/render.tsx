import { render } from '@testing-library/react';
import { EditorApp } from '@/components/editor/EditorApp';
import type { CertifillDb } from '@/utils/storage/db';
import { freshDb } from '../../helpers/db';

/** Renders the editor on a fresh database at the given hash. */
export function renderEditor(hash = '', db: CertifillDb = freshDb()) {
  window.location.hash = hash;
  localStorage.clear();
  const view = render(<EditorApp db={db} />);
  return { db, ...view };
}

/** Waits until `check` passes (Dexie writes and debounced saves are asynchronous). */
export async function eventually<T>(check: () => Promise<T> | T, timeout = 3000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() - started > timeout) throw e;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
