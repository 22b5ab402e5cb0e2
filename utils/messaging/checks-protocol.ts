import { z } from 'zod';

/** One line of the page's check summary: a problem on a field, or a field to verify. */
export interface PageCheckItem {
  /** Stable key of the control for this page visit (`c12`), used to jump to it. */
  key: string;
  /** The field's name as the page shows it. */
  label: string;
  /** Dossier path when the field is recognised. */
  path: string | null;
  /** `missing`: a required field left empty; `error`/`warning`: a problem with what is typed. */
  kind: 'error' | 'missing' | 'warning' | 'a_verifier';
  /** French message. */
  message: string;
}

/** What the checks see on the current page. */
export interface PageChecksSummary {
  url: string;
  /** Controls recognised as catalogue fields. */
  recognised: number;
  /** Controls the matcher is unsure about. */
  toVerify: number;
  /** Required fields left empty. */
  missing: number;
  /** Fields with at least one error in what is typed / only warnings. */
  errors: number;
  warnings: number;
  items: PageCheckItem[];
}

/** Messages the popup sends to the content script of the platform tab (top frame). */
export interface ChecksProtocol {
  getPageChecks(): PageChecksSummary | null;
  /** Scrolls to the field and focuses it (a user's explicit request). False when it is gone. */
  focusPageField(key: string): boolean;
}

export { checksMessenger } from './checks-messenger';

/** The popup checks what the page-side script answers before showing it. */
export const PageChecksSummarySchema = z.object({
  url: z.string(),
  recognised: z.number().int().nonnegative(),
  toVerify: z.number().int().nonnegative(),
  missing: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  items: z
    .array(
      z.object({
        key: z.string().max(40),
        label: z.string().max(2000),
        path: z.string().max(300).nullable(),
        kind: z.enum(['error', 'missing', 'warning', 'a_verifier']),
        message: z.string().max(2000),
      }),
    )
    .max(5000),
});
