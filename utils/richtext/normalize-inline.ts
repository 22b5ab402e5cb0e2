import type { Inline, Marks, TextRun } from './model';

/** Collapsible white space of HTML (not the no-break space, which is content). */
const SPACES = /[ \t\n\r\f]+/g;

const sameMarks = (a: TextRun, b: Marks) =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.href === b.href;

/**
 * One line of inline content as a person sees it: white space collapsed as HTML renders it,
 * trimmed at the line's edges and around breaks, no empty runs, neighbours with the same marks
 * merged, no break at either end. The same input always gives the same runs (canonical form).
 */
export function normalizeInline(raw: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  let atLineStart = true;
  for (const node of raw) {
    if (node.kind === 'br') {
      trimEnd(out);
      out.push({ kind: 'br' });
      atLineStart = true;
      continue;
    }
    let text = node.text.replace(SPACES, ' ');
    if (atLineStart || endsWithSpace(out)) text = text.replace(/^ /, '');
    if (text === '') continue;
    atLineStart = false;
    const last = out[out.length - 1];
    if (last && last.kind === 'text' && sameMarks(last, node)) last.text += text;
    else out.push({ ...node, text });
  }
  trimEnd(out);
  while (out[0]?.kind === 'br') out.shift();
  while (out[out.length - 1]?.kind === 'br') out.pop();
  return out;
}

function endsWithSpace(out: Inline[]): boolean {
  const last = out[out.length - 1];
  return last?.kind === 'text' && last.text.endsWith(' ');
}

/** Drops the trailing space of the line being built (before a break or at its end). */
function trimEnd(out: Inline[]): void {
  for (;;) {
    const last = out[out.length - 1];
    if (last?.kind !== 'text') return;
    last.text = last.text.replace(/ $/, '');
    if (last.text !== '') return;
    out.pop();
  }
}

export const hasText = (line: readonly Inline[]) => line.some((n) => n.kind === 'text');
