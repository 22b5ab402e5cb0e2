import { createContext, useContext } from 'react';
import { type FicheReader, inProcessReader } from '@/utils/fiche/reader-api';

/** How exports are read: the options page gives a Web Worker reader; tests read in-process. */
const FicheReaderContext = createContext<FicheReader>(inProcessReader);

export const FicheReaderProvider = FicheReaderContext.Provider;

export function useFicheReader(): FicheReader {
  return useContext(FicheReaderContext);
}
