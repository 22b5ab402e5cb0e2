import * as z from 'zod/mini';

/**
 * Payloads the content script receives from the popup, parsed where they arrive. zod/mini keeps
 * the content script small (the popup and the background use zod classic for their own schemas).
 */
export const ApplyInput = z.object({ overwrite: z.array(z.string()).check(z.maxLength(2000)) });
export type ApplyInput = z.infer<typeof ApplyInput>;

/** The keys of fields changed since the fill that the person ticked to put back all the same. */
export const UndoInput = z.object({ restore: z.array(z.string()).check(z.maxLength(20_000)) });
export type UndoInput = z.infer<typeof UndoInput>;

export const FocusInput = z.object({ key: z.string() });
export type FocusInput = z.infer<typeof FocusInput>;

/** A field to show on the page: a catalogue id (`fiche.blocs[].libelle`) or a concrete path (`fiche.blocs[0].libelle`). */
export const FocusComplementInput = z.object({ path: z.string().check(z.minLength(1), z.maxLength(300)) });
export type FocusComplementInput = z.infer<typeof FocusComplementInput>;

/** The key of a control in the page's check summary (`c12`). */
export const PageFieldKey = z.string().check(z.maxLength(40));
