/** Why an export could not be read. The message is French, for the person or the CLI's stderr. */
export type FicheErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-export'
  | 'unknown-format'
  | 'no-xml-in-zip'
  | 'corrupt-zip'
  | 'malformed-xml'
  | 'truncated'
  | 'not-found'
  | 'read-failed';

export class FicheReadError extends Error {
  constructor(
    readonly code: FicheErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FicheReadError';
  }
}

/** Any failure as a French sentence (a FicheReadError keeps its own). */
export function frenchReadError(error: unknown): FicheReadError {
  if (error instanceof FicheReadError) return error;
  return new FicheReadError(
    'read-failed',
    'Le fichier n’a pas pu être lu jusqu’au bout (fichier déplacé, supprimé ou illisible pendant la lecture ?).',
  );
}
