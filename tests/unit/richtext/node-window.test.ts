// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { registerRichWindow, sanitizeRich, visibleText } from '@/utils/richtext';
import { useNodeRichWindow } from '@/utils/richtext/node-window';

describe('formatted text in a Node script', () => {
  afterEach(() => registerRichWindow(null));

  it('refuses to sanitize without a DOM, with the way out in the message', () => {
    expect(() => sanitizeRich('<p>a</p>')).toThrow(/registerRichWindow/);
  });

  it('sanitizes through a happy-dom window and reads stored values without one', () => {
    expect(visibleText('<ul><li>a</li><li>b</li></ul>')).toBe('a\nb');
    useNodeRichWindow();
    expect(sanitizeRich('<p onclick="x()">a<script>alert(1)</script><b>b</b></p><img src=x onerror=y>')).toBe(
      '<p>a<strong>b</strong></p>',
    );
  });
});
