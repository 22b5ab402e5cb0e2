import type { AttachmentMeta, Dossier, FieldValue } from '../dossier/model';

export type { FieldValue };

/** One thing to fix or check, attached to a concrete place of the dossier or the page. */
export interface Problem {
  /** Concrete path (`fiche.blocs[1].libelle`), or a group id (`fiche.blocs`) for group-level problems. */
  path: string;
  /** Catalogue id (`fiche.blocs[].libelle`), or the group id for group-level problems. */
  fieldId: string;
  severity: 'error' | 'warning';
  /** Stable machine code (`too-long`, `required`, `siret-key`…), for tests and filtering. */
  code: string;
  /** French, written for the person filling the form. */
  message: string;
}

export interface CheckValueOptions {
  /** The limit to apply (already the stricter one, see `effectiveLimit`); undefined → catalogue default. */
  limit?: number | null;
  /** Where the limit comes from, in French (« indiquée par la page »); shown in the message. */
  limitSource?: string;
  /** Whether the field must be filled here; undefined → only an `always` catalogue rule counts. */
  required?: boolean;
  /** Why it is required, in French (« la demande est un renouvellement »). */
  requiredBecause?: string;
  /** Concrete path for the problems (defaults to the field id). */
  path?: string;
  /** Reference date for date and year rules (tests pass a fixed date). */
  today?: Date;
  /** The value is already the visible text (read from a page's editor): no HTML to strip. */
  plainText?: boolean;
  /** The visible text's character count, when the caller has just taken it (not counted twice). */
  count?: number;
  /** The dossier's request kind (a first request may give provisional bloc codes); unknown on a page. */
  requestKind?: 'premiere' | 'renouvellement' | null;
}

export interface ValidateDossierOptions {
  /** Limits remembered from platform pages, by catalogue id. */
  limits?: Record<string, number>;
  today?: Date;
}

/** A dossier as stored, or as it crosses a message boundary (attachments without their bytes). */
export type DossierInput = Omit<Dossier, 'attachments'> & {
  attachments: Pick<AttachmentMeta, 'fieldId' | 'name' | 'documentDate'>[];
};
