// @vitest-environment happy-dom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useOwnValues } from '@/components/shared/own-values';

describe('a field following the stored value', () => {
  it('never takes back the value it mounted with once keys were typed before its mount effect ran', () => {
    const { result } = renderHook(() => useOwnValues(''));
    const own = result.current;
    own.add('Saisie en cours'); // typed between the commit and the mount effect
    expect(own.follows('', true)).toBe(false); // the mount effect, with the value it mounted with
    expect(own.follows('', false)).toBe(false);
  });

  it('ignores its own echoes while it has the focus, and shows another writer’s value', () => {
    const { result } = renderHook(() => useOwnValues('A'));
    const own = result.current;
    own.add('AB');
    expect(own.follows('AB', true)).toBe(false);
    expect(own.follows('Autre onglet', true)).toBe(true);
    // A late echo of its own typing is still an echo.
    expect(own.follows('AB', true)).toBe(false);
  });

  it('shows every stored change once it no longer has the focus', () => {
    const { result } = renderHook(() => useOwnValues(''));
    const own = result.current;
    own.add('x');
    expect(own.follows('x', false)).toBe(true);
    expect(own.follows('x', false)).toBe(false); // the same value again: nothing new
    expect(own.follows('y', false)).toBe(true);
  });
});
