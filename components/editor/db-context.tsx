import { createContext, useContext } from 'react';
import { type CertifillDb, getDb } from '@/utils/storage/db';

/** The database the editor works on: the extension's one, or a fresh one in tests. */
const DbContext = createContext<CertifillDb | null>(null);

export const DbProvider = DbContext.Provider;

export function useDb(): CertifillDb {
  return useContext(DbContext) ?? getDb();
}
