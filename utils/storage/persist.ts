/**
 * Asks the browser to keep the extension's data when disk space runs low (StorageManager.persist).
 * With `unlimitedStorage` Chromium grants it; the answer is returned, never thrown.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) return false;
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
