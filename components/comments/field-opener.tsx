import { createContext, type ReactNode, useContext } from 'react';

/** Opens a catalogue field for correction; resolves with a French message saying where it was opened. */
export type OpenField = (id: string) => Promise<string>;

const OpenFieldContext = createContext<OpenField>(async () => '');

export function FieldOpenerProvider({ open, children }: { open: OpenField; children: ReactNode }) {
  return <OpenFieldContext.Provider value={open}>{children}</OpenFieldContext.Provider>;
}

export function useOpenField(): OpenField {
  return useContext(OpenFieldContext);
}
