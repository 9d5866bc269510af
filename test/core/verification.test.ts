// The one verification machinery, in Node: no React, no browser. Each rule of a code operation
// is here once, for the phone removal, the email step and every flow after them.
import { describe, expect, test } from 'vitest';
import type { Account, RequestOptions } from '../../src/core/types';
import { UnbindPhoneError } from '../../src/core/UnbindPhoneError';
import {
  createVerification,
  initialVerification,
  monotonicNow,
  reduceVerification,
  type VerificationSpec,
  type WaitBook,
} from '../../src/core/verification/verification';

const account = (email: string | null): Account => ({
  userId: 'u1',
  phone: { number: '13812345678' },
  email,
  username: null,
  identities: [],
});

/** A request the test answers by hand, with the options the machinery gave it. */
function pending() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject, options: undefined as RequestOptions | undefined };
}

/** An email-like operation over requests the test controls. */
function setup({ reportsDispatch = true, readAccount = async () => account(null) } = {}) {
  const sends: ReturnType<typeof pending>[] = [];
  const confirms: ReturnType<typeof pending>[] = [];
  const waits = new Map<string, number>();
  const book: WaitBook = { get: (key) => waits.get(key), set: (key, until) => void waits.set(key, until) };
  const done: string[] = [];
  const errors: string[] = [];
  const spec: VerificationSpec<string, string> = {
    channel: 'bind-email',
    resendSeconds: 60,
    key: (email) => email,
    send: (_, options) => {
      const request = pending();
      request.options = options;
      sends.push(request);
      return request.promise;
    },
    confirm: (_, __, options) => {
      const request = pending();
      request.options = options;
      confirms.push(request);
      return request.promise;
    },
    readAccount,
    isDone: (now, email) => now.email === email,
    reportsDispatch,
  };
  const verification = createVerification(spec, book, {
    onDone: (target) => done.push(target),
    onError: (error) => errors.push(error.kind),
  });
  return { verification, sends, confirms, waits, done, errors };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reduceVerification: the phases, changed by one pure function', () => {
  test('a code sent, a confirm that leaves, then done', () => {
    const steps = [
      { type: 'send', to: 'a@example.com' },
      { type: 'sent', to: 'a@example.com', maybe: false },
      { type: 'confirm' },
      { type: 'dispatch' },
      { type: 'done', target: 'a@example.com' },
    ] as const;
    const phases = [];
    let state = initialVerification as ReturnType<typeof reduceVerification<string>>;
    for (const event of steps) {
      state = reduceVerification(state, event);
      phases.push(state.phase);
    }
    expect(phases).toEqual(['sending', 'code-sent', 'confirming', 'dispatched', 'done']);
    expect(state).toMatchObject({ sentTo: 'a@example.com', doneFor: 'a@example.com', error: null });
  });

  test('a cancel shows nothing: the step is as it was', () => {
    const sent = reduceVerification(initialVerification, { type: 'sent', to: 'a', maybe: true });
    const confirming = reduceVerification(sent, { type: 'confirm' });
    const cancelled = reduceVerification(confirming, { type: 'fail', error: new UnbindPhoneError('aborted') });
    expect(cancelled).toMatchObject({ phase: 'maybe-sent', error: null });
  });

  test('a failure is kept until the next attempt', () => {
    const failed = reduceVerification(initialVerification, { type: 'fail', error: new UnbindPhoneError('server') });
    expect(failed.phase).toBe('failed');
    expect(reduceVerification(failed, { type: 'send', to: 'a' })).toMatchObject({ phase: 'sending', error: null });
  });
});

describe('createVerification: the rules of every code step', () => {
  test('one attempt at a time: a second send or a confirm while one is out sends nothing', async () => {
    const { verification, sends, confirms } = setup();
    const first = verification.send('a@example.com');
    expect(await verification.send('a@example.com')).toBe(false);
    expect(await verification.confirm('a@example.com', '123456')).toBe(false);
    sends[0]?.resolve();
    expect(await first).toBe(true);
    expect([sends.length, confirms.length]).toEqual([1, 0]);
  });

  test('once done, nothing more is sent or confirmed until reset: a late second click does nothing', async () => {
    const { verification, confirms } = setup();
    const first = verification.confirm('a@example.com', '123456');
    confirms[0]?.resolve();
    expect(await first).toBe(true);
    expect(await verification.confirm('a@example.com', '123456')).toBe(false);
    expect(await verification.send('b@example.com')).toBe(false);
    expect(confirms).toHaveLength(1);
  });

  test('the wait is per channel and target: the same address waits, another does not', async () => {
    const { verification, sends, waits } = setup();
    const first = verification.send('a@example.com');
    sends[0]?.resolve();
    await first;
    expect(verification.waitUntil('a@example.com')).toBeGreaterThan(monotonicNow() + 59_000);
    expect(verification.waitUntil('b@example.com')).toBeNull();
    const second = verification.send('b@example.com');
    sends[1]?.resolve();
    expect(await second).toBe(true);
    expect(await verification.send('a@example.com')).toBe(false);
    expect(sends).toHaveLength(2);
    // Refused by its wait, nothing left, and the wait of that address is the one shown.
    expect(verification.getState().target).toBe('a@example.com');
    expect([...waits.keys()]).toEqual(['bind-email:a@example.com', 'bind-email:b@example.com']);
  });

  test('a send whose connection dropped is not doubtful: the failure stands, the account is not read', async () => {
    let reads = 0;
    const { verification, sends } = setup({
      readAccount: async () => {
        reads += 1;
        return account(null);
      },
    });
    const send = verification.send('a@example.com');
    sends[0]?.options?.onDispatch?.();
    sends[0]?.reject(new UnbindPhoneError('network'));
    expect(await send).toBe(false);
    expect(verification.getState().error?.kind).toBe('network');
    expect(reads).toBe(0);
  });

  test('"too often" restarts the wait with what the server asks for', async () => {
    const { verification, sends } = setup();
    const send = verification.send('a@example.com');
    sends[0]?.reject(new UnbindPhoneError('rate-limited', { retryAfterSeconds: 600 }));
    expect(await send).toBe(false);
    expect(verification.getState()).toMatchObject({ phase: 'failed', error: { kind: 'rate-limited' } });
    expect(verification.waitUntil('a@example.com')).toBeGreaterThan(monotonicNow() + 599_000);
  });

  test('"too often" without a wait in the answer: the usual wait runs', async () => {
    const { verification, sends } = setup();
    const send = verification.send('a@example.com');
    sends[0]?.reject(new UnbindPhoneError('rate-limited'));
    await send;
    expect(verification.waitUntil('a@example.com')).toBeGreaterThan(monotonicNow() + 59_000);
  });

  test('ending the session cancels a request that has not left', async () => {
    const { verification, sends } = setup({ reportsDispatch: true });
    const send = verification.send('a@example.com');
    const signal = sends[0]?.options?.signal;
    verification.end();
    expect(signal?.aborted).toBe(true);
    sends[0]?.reject(new UnbindPhoneError('aborted'));
    expect(await send).toBe(false);
  });

  test('a send that has left is never cancelled; its answer is not shown after the end, its wait still runs', async () => {
    const { verification, sends } = setup();
    const send = verification.send('a@example.com');
    sends[0]?.options?.onDispatch?.();
    verification.end();
    expect(sends[0]?.options?.signal?.aborted).toBe(false);
    sends[0]?.resolve();
    await send;
    expect(verification.getState().phase).toBe('sending');
    expect(verification.waitUntil('a@example.com')).not.toBeNull();
  });

  test('a confirm that has left is waited for after the end: the host still hears it is done', async () => {
    const { verification, confirms, done } = setup();
    const confirm = verification.confirm('b@example.com', '123456');
    confirms[0]?.options?.onDispatch?.();
    expect(verification.getState().phase).toBe('dispatched');
    verification.end();
    expect(confirms[0]?.options?.signal?.aborted).toBe(false);
    confirms[0]?.resolve();
    await confirm;
    expect(done).toEqual(['b@example.com']);
    expect(verification.getState().phase).toBe('dispatched');
  });

  test('a client that cannot say when a request leaves: it counts as left at once', async () => {
    const { verification, confirms } = setup({ reportsDispatch: false });
    void verification.confirm('a@example.com', '123456');
    expect(verification.getState().phase).toBe('dispatched');
    verification.end();
    expect(confirms[0]?.options?.signal?.aborted).toBe(false);
  });

  test.each([
    ['the account shows it done: success', account('a@example.com'), 'done', null],
    ['the account shows it not done: the failure stands', account(null), 'failed', 'timeout'],
    ['the account cannot be read: the failure stands', null, 'failed', 'timeout'],
  ])('a doubtful confirm is settled by reading the account: %s', async (_, now, phase, kind) => {
    const { verification, confirms, done } = setup({
      readAccount: async () => {
        if (!now) throw new UnbindPhoneError('network');
        return now;
      },
    });
    const confirm = verification.confirm('a@example.com', '123456');
    confirms[0]?.options?.onDispatch?.();
    confirms[0]?.reject(new UnbindPhoneError('timeout'));
    expect(await confirm).toBe(phase === 'done');
    expect(verification.getState().phase).toBe(phase);
    expect(verification.getState().error?.kind ?? null).toBe(kind);
    expect(done).toEqual(phase === 'done' ? ['a@example.com'] : []);
  });

  test('a failure before the request left is not doubtful: the account is not read', async () => {
    let reads = 0;
    const { verification, confirms } = setup({
      readAccount: async () => {
        reads += 1;
        return account('a@example.com');
      },
    });
    const confirm = verification.confirm('a@example.com', '123456');
    confirms[0]?.reject(new UnbindPhoneError('network'));
    expect(await confirm).toBe(false);
    expect(reads).toBe(0);
  });

  test('a doubtful send that the server answers after: maybe sent, and the wait runs', async () => {
    const { verification, sends } = setup();
    const send = verification.send('a@example.com');
    sends[0]?.options?.onDispatch?.();
    sends[0]?.reject(new UnbindPhoneError('timeout'));
    expect(await send).toBe(true);
    expect(verification.getState()).toMatchObject({ phase: 'maybe-sent', maybeSent: true, sentTo: 'a@example.com' });
    expect(verification.waitUntil('a@example.com')).not.toBeNull();
  });

  test('every failure is an UnbindPhoneError, with what the host threw as its cause', async () => {
    const { verification, confirms, errors } = setup();
    const confirm = verification.confirm('a@example.com', '123456');
    const thrown = new TypeError('a host bug');
    confirms[0]?.reject(thrown);
    await confirm;
    const { error } = verification.getState();
    expect(error).toBeInstanceOf(UnbindPhoneError);
    expect(error).toMatchObject({ kind: 'unknown', cause: thrown });
    expect(errors).toEqual(['unknown']);
  });

  test('reset cancels what has not left and forgets the outcome, not the wait', async () => {
    const { verification, sends } = setup();
    const send = verification.send('a@example.com');
    sends[0]?.resolve();
    await send;
    const again = verification.confirm('a@example.com', '1');
    verification.reset();
    await tick();
    expect(verification.getState()).toEqual(initialVerification);
    expect(verification.waitUntil('a@example.com')).not.toBeNull();
    void again;
  });
});
