import { getField } from '../catalogue';
import type { DossierDto, FieldValue } from '../dossier/model';
import { getValue, isFilled } from '../dossier/paths';
import { isRichHtml, plainFromRich, visibleText, walkRich } from '../richtext/core';
import { fieldTakesLinks } from '../richtext/field-links';
import { splitList, valueAsText } from './normalise';
import { matchOption, truthOf } from './options';
import type { PageFieldState, WriteOp } from './types';

/** What the dossier asks for one control. */
export type Target =
  | { kind: 'none' }
  | { kind: 'no_option'; display: string }
  | { kind: 'write'; op: WriteOp; display: string; notOffered?: string[] };

const NONE: Target = { kind: 'none' };

function listOf(v: FieldValue): string[] {
  return Array.isArray(v) ? v.filter((x) => x.trim() !== '') : splitList(valueAsText(v));
}

function fileTarget(state: PageFieldState, dossier: DossierDto): Target {
  const files = dossier.attachments.filter((a) => a.fieldId === state.fieldId || a.fieldId === state.path);
  if (files.length === 0) return NONE;
  const names = files.map((a) => a.name);
  return {
    kind: 'write',
    op: { kind: 'files', attachmentIds: files.map((a) => a.id), names },
    display: names.join(', '),
  };
}

function choiceTarget(state: PageFieldState, v: FieldValue, enumRef: string | null): Target {
  const wanted = Array.isArray(v) ? (v[0] ?? '') : valueAsText(v);
  const option = matchOption(state.options ?? [], wanted, enumRef);
  if (!option) return { kind: 'no_option', display: wanted };
  return {
    kind: 'write',
    op: { kind: 'choice', value: option.value },
    display: option.label || option.value,
  };
}

/** A list is written in part when part of it matches: the items the page does not offer are named. */
function choicesTarget(state: PageFieldState, v: FieldValue, enumRef: string | null): Target {
  const wanted = listOf(v);
  const found = wanted.map((w) => matchOption(state.options ?? [], w, enumRef));
  const notOffered = wanted.filter((_, i) => !found[i]);
  const offered = found.filter((o): o is NonNullable<typeof o> => o !== null);
  if (offered.length === 0) return { kind: 'no_option', display: notOffered.join(', ') };
  const values = [...new Set(offered.map((o) => o.value))];
  const display = offered.map((o) => o.label || o.value).join(', ');
  return {
    kind: 'write',
    op: { kind: 'choices', values },
    display,
    ...(notOffered.length ? { notOffered } : {}),
  };
}

/** An ARIA combobox: its codes are chosen in the page's list at writing time, which says what it offers. */
function pickTarget(v: FieldValue): Target {
  const codes = [...new Set(listOf(v).map((c) => c.trim()))];
  if (codes.length === 0) return NONE;
  return { kind: 'write', op: { kind: 'pick', codes }, display: codes.join(', ') };
}

/** The value to write into a recognised control, from the dossier. */
export function targetFor(state: PageFieldState, dossier: DossierDto): Target {
  if (!state.path) return NONE;
  if (state.control === 'file') return fileTarget(state, dossier);
  const v = getValue(dossier, state.path);
  if (!isFilled(v)) return NONE;
  const enumRef = getField(state.fieldId ?? '')?.enumRef ?? null;
  if (state.widget === 'combobox') return pickTarget(v);
  switch (state.control) {
    case 'select':
    case 'radio':
      return choiceTarget(state, v, enumRef);
    case 'multiselect':
      return choicesTarget(state, v, enumRef);
    case 'checkbox': {
      const checked = truthOf(Array.isArray(v) ? (v[0] ?? '') : valueAsText(v));
      if (checked === null) return { kind: 'no_option', display: valueAsText(v) };
      return { kind: 'write', op: { kind: 'checked', checked }, display: checked ? 'Coché' : 'Non coché' };
    }
    default:
      return textTarget(state, v);
  }
}

/**
 * Text for a text control. Formatted text (every textarea field) goes into a rich-text editor as
 * sanitized HTML, its text being what the editor then shows; into a plain textarea or input as
 * its plain rendering (« - » bullets, numbers, blank lines), which is what the limit measures.
 */
function textTarget(state: PageFieldState, v: FieldValue): Target {
  const formatted =
    typeof v === 'string' && (getField(state.fieldId ?? '')?.kind === 'textarea' || looksLikeHtml(v));
  if (typeof v === 'string' && formatted) {
    if (state.control === 'richtext') {
      const html = walkRich(v, { links: fieldTakesLinks(state.fieldId ?? '') });
      const text = visibleText(html);
      return { kind: 'write', op: { kind: 'text', text, html }, display: text };
    }
    const text = plainFromRich(v);
    return { kind: 'write', op: { kind: 'text', text }, display: text };
  }
  const text = Array.isArray(v) ? listOf(v).join(', ') : valueAsText(v);
  return { kind: 'write', op: { kind: 'text', text }, display: text };
}

/** A value kept as HTML (formatted text) rather than plain text. */
export const looksLikeHtml = isRichHtml;
