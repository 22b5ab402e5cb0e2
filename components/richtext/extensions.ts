import type { Extensions } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';

/**
 * The editor's schema is the dossier's: paragraphs, breaks, bold, italic, underline, bulleted and
 * numbered lists (nested with Tab), links only where the field takes them. Everything else of the
 * starter kit is off, so that nothing can be typed that the dossier would not keep.
 */
export function richExtensions(links: boolean): Extensions {
  return [
    StarterKit.configure({
      heading: false,
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      link: links
        ? {
            openOnClick: false,
            autolink: true,
            protocols: ['mailto'],
            HTMLAttributes: { rel: 'noopener noreferrer' },
          }
        : false,
    }),
  ];
}
