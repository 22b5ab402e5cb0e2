import { describe, expect, it } from 'vitest';
import { TransportError, withTransportRetry } from '@/utils/messaging/transport';

const noWait = () => Promise.resolve();

/** A sender failing with the given errors first, then answering `ok`. */
function flaky(...failures: Error[]) {
  let calls = 0;
  const send = async (x: number) => {
    calls++;
    const f = failures.shift();
    if (f) throw f;
    return `ok ${x}`;
  };
  return { send, calls: () => calls };
}

describe('messages to the background', () => {
  it.each([
    'The message port closed before a response was received.',
    'Could not establish connection. Receiving end does not exist.',
  ])('retries once after « %s » (a service-worker restart)', async (message) => {
    const s = flaky(new Error(message));
    await expect(withTransportRetry(s.send, noWait)(1)).resolves.toBe('ok 1');
    expect(s.calls()).toBe(2);
  });

  it('says in French what to do when the retry fails too', async () => {
    const s = flaky(
      new Error('Could not establish connection. Receiving end does not exist.'),
      new Error('The message port closed before a response was received.'),
    );
    const sent = withTransportRetry(s.send, noWait)(1);
    await expect(sent).rejects.toBeInstanceOf(TransportError);
    await expect(sent).rejects.toThrow(/n’a pas pu joindre son service en arrière-plan.*rechargez la page/);
    expect(s.calls()).toBe(2);
  });

  it('asks to reload the page at once when the extension was reloaded under it', async () => {
    const s = flaky(new Error('Extension context invalidated.'));
    await expect(withTransportRetry(s.send, noWait)(1)).rejects.toThrow(/rechargez la page \(touche F5\)/);
    expect(s.calls()).toBe(1);
  });

  it('passes a handler’s own error through without retrying', async () => {
    const s = flaky(new Error('Dossier introuvable'));
    await expect(withTransportRetry(s.send, noWait)(1)).rejects.toThrow('Dossier introuvable');
    expect(s.calls()).toBe(1);
  });
});
