import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { setChecked, setNativeValue } from '@/entrypoints/certifpro.content/fill/native-value';
import { restoreSnapshot, takeSnapshot } from '@/entrypoints/certifpro.content/fill/snapshot';
import { writeField } from '@/entrypoints/certifpro.content/fill/write-field';
import { field } from './field';

vi.mock('wxt/utils/inject-script', () => ({ injectScript: vi.fn(async () => ({ script: null })) }));

/** A controlled form like the platform's React section: the state is the truth, not the DOM. */
function Form({ onState }: { onState: (s: { annee: string; vae: boolean; niveau: string }) => void }) {
  const [s, set] = useState({ annee: '2023', vae: false, niveau: '' });
  const update = (next: typeof s) => {
    set(next);
    onState(next);
  };
  return (
    <form>
      <input
        aria-label="Année"
        type="number"
        value={s.annee}
        onChange={(e) => update({ ...s, annee: e.target.value })}
      />
      <input
        aria-label="VAE"
        type="checkbox"
        checked={s.vae}
        onChange={(e) => update({ ...s, vae: e.target.checked })}
      />
      <select aria-label="Niveau" value={s.niveau} onChange={(e) => update({ ...s, niveau: e.target.value })}>
        <option value="">—</option>
        <option value="NIV5">Niveau 5</option>
      </select>
      <output data-testid="state">{JSON.stringify(s)}</output>
    </form>
  );
}

describe('framework-safe writes into React-controlled controls', () => {
  it('the prototype setter + input event reaches onChange (React keeps the value)', () => {
    const onState = vi.fn();
    render(<Form onState={onState} />);
    const input = screen.getByLabelText('Année') as HTMLInputElement;
    setNativeValue(input, '2025');
    expect(onState).toHaveBeenLastCalledWith(expect.objectContaining({ annee: '2025' }));
    expect(screen.getByTestId('state').textContent).toContain('"annee":"2025"');
  });

  it('a checkbox is clicked (React ignores a bare checked + change) and a select set by value', () => {
    const onState = vi.fn();
    render(<Form onState={onState} />);
    setChecked(screen.getByLabelText('VAE') as HTMLInputElement, true);
    expect(onState).toHaveBeenLastCalledWith(expect.objectContaining({ vae: true }));
    setNativeValue(screen.getByLabelText('Niveau') as HTMLSelectElement, 'NIV5');
    expect(onState).toHaveBeenLastCalledWith(expect.objectContaining({ vae: true, niveau: 'NIV5' }));
  });

  it('undo restores the React state too, not only the DOM', async () => {
    const onState = vi.fn();
    render(<Form onState={onState} />);
    const input = screen.getByLabelText('Année') as HTMLInputElement;
    const f = field(input, { path: 'promotions[0].annee', fieldId: 'promotions[].annee' });
    const snap = await takeSnapshot(f);
    if (!snap) throw new Error('snapshot refused');
    expect(await writeField(f, { kind: 'text', text: '2024' }, { loadFiles: async () => [] })).toEqual({
      ok: true,
    });
    expect(screen.getByTestId('state').textContent).toContain('"annee":"2024"');
    expect(await restoreSnapshot(f, snap)).toEqual({ ok: true });
    expect(onState).toHaveBeenLastCalledWith(expect.objectContaining({ annee: '2023' }));
    expect(screen.getByTestId('state').textContent).toContain('"annee":"2023"');
  });
});
