import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RecognisedField } from '@/utils/matching/types';

/**
 * Test-side helpers. Only tests read `data-truth`: the matcher never does.
 */

export const FIXTURES = resolve(__dirname, '../../fixtures');

export function readFixture(relative: string): string {
  return readFileSync(resolve(FIXTURES, relative), 'utf8');
}

/** Loads a saved page into happy-dom's document (scripts and stylesheets dropped: nothing runs). */
export function loadPage(html: string): void {
  const cleaned = html
    .replace(/<!doctype[^>]*>/i, '')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*>/gi, '');
  const inner = /<html[^>]*>([\s\S]*)<\/html>/i.exec(cleaned)?.[1] ?? cleaned;
  document.documentElement.innerHTML = inner;
  attachShadowTemplates(document);
}

/** Turns `<template shadowrootmode="open">` into real shadow roots (happy-dom does not parse them). */
export function attachShadowTemplates(root: ParentNode): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = template.innerHTML;
    template.remove();
    attachShadowTemplates(shadow);
  }
}

export function truthOf(field: RecognisedField): string | null {
  return field.element.getAttribute('data-truth');
}

/** Every element carrying a truth, across shadow roots and same-origin frames. */
export function truthElements(root: Document | ShadowRoot | Element = document): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.hasAttribute('data-truth')) out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.tagName === 'IFRAME') {
        const doc = (el as HTMLIFrameElement).contentDocument;
        if (doc) visit(doc);
      }
    }
  };
  visit(root);
  return out;
}

export interface Evaluation {
  expected: number;
  correct: number;
  /** `truth → got (decision, confidence, label)` for every miss. */
  errors: string[];
  /** `none` controls decided auto. */
  falseAuto: string[];
  /** Elements with a truth the scan did not report. */
  unseen: string[];
}

export function evaluate(
  fields: readonly RecognisedField[],
  root: Document | ShadowRoot | Element = document,
) {
  const reported = new Set<Element>();
  for (const f of fields) {
    reported.add(f.element);
    for (const r of f.radios ?? []) reported.add(r);
  }
  const ev: Evaluation = { expected: 0, correct: 0, errors: [], falseAuto: [], unseen: [] };
  for (const el of truthElements(root))
    if (!reported.has(el)) ev.unseen.push(`${el.getAttribute('data-truth')} <${el.tagName.toLowerCase()}>`);
  for (const f of fields) {
    const truth = truthOf(f);
    if (truth === null) continue;
    const got = `${f.path ?? '∅'} (${f.decision} ${f.confidence}) « ${f.label} » [${f.candidates
      .slice(0, 3)
      .map((c) => `${c.path ?? c.fieldId}:${c.score.toFixed(2)}`)
      .join(', ')}]`;
    if (truth === 'none') {
      if (f.decision === 'auto') ev.falseAuto.push(`none → ${got}`);
      continue;
    }
    ev.expected++;
    if (f.path === truth && f.decision === 'auto') ev.correct++;
    else ev.errors.push(`${truth} → ${got}`);
  }
  return ev;
}
