// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { registerRichWindow, sanitizeRich, visibleText } from '@/utils/richtext';
import { useNodeRichWindow } from '@/utils/richtext/node-window';

describe('formatted text in a Node script', () => {
  afterEach(() => registerRichWindow(null));

  it('sanitizes without any DOM (background, bare Node) through the light parser', () => {
    expect(sanitizeRich('<p onclick="x()">a<script>alert(1)</script><b>b</b><ul><li>c</ul>')).toBe(
      '<p>a<strong>b</strong></p><ul><li>c</li></ul>',
    );
  });

  it('sanitizes through a happy-dom window and reads stored values without one', () => {
    expect(visibleText('<ul><li>a</li><li>b</li></ul>')).toBe('a\nb');
    useNodeRichWindow();
    expect(sanitizeRich('<p onclick="x()">a<script>alert(1)</script><b>b</b></p><img src=x onerror=y>')).toBe(
      '<p>a<strong>b</strong></p>',
    );
  });
});
