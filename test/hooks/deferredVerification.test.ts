// The machinery comes in a chunk of its own (fetched as the dialog opens, or at the first action).
// Until it is here a stand-in shows the idle state; an action waits for it and then keeps every
// rule (one request per action, nothing after the session ended). Each test loads the module
// anew, so the chunk has not arrived when it starts.
import { beforeEach, expect, test, vi } from 'vitest';
import type { VerificationSpec, WaitBook } from '../../src/core/verification/verification';

type Deferred = typeof import('../../src/hooks/deferredVerification');
let deferred: Deferred;
beforeEach(async () => {
  vi.resetModules();
  deferred = await import('../../src/hooks/deferredVerification');
});

function setup() {
  const sent: string[] = [];
  const waits = new Map<string, number>();
  const book: WaitBook = { get: (key) => waits.get(key), set: (key, until) => void waits.set(key, until) };
  const spec: VerificationSpec<string, string> = {
    channel: 'test',
    resendSeconds: 60,
    key: (to) => to,
    send: async (to) => {
      sent.push(to);
    },
    confirm: async () => {},
    readAccount: async () => ({ userId: 'u1', phone: null, email: null, username: null, identities: [] }),
    isDone: () => false,
  };
  const verification = deferred.deferVerification(spec, book);
  const heard: string[] = [];
  verification.subscribe(() => heard.push(verification.getState().phase));
  return { verification, sent, heard };
}

test('before the chunk: idle; two presses of Send wait for it and send once', async () => {
  const { verification, sent, heard } = setup();
  expect(verification.getState().phase).toBe('idle');
  expect(verification.waitUntil('a')).toBeNull();
  const [first, second] = await Promise.all([verification.send('a'), verification.send('a')]);
  expect([first, second]).toEqual([true, false]);
  expect(sent).toEqual(['a']);
  expect(verification.getState().phase).toBe('code-sent');
  expect(verification.waitUntil('a')).not.toBeNull();
  expect(heard).toContain('code-sent');
});

test('a session ended before the chunk came sends nothing when it comes', async () => {
  const { verification, sent } = setup();
  const pressed = verification.send('a');
  verification.end();
  expect(await pressed).toBe(false);
  expect(sent).toEqual([]);
});

test('once the chunk is here, a new session is the machinery itself', async () => {
  await deferred.loadVerification();
  const { verification, sent } = setup();
  expect(await verification.send('b')).toBe(true);
  expect(sent).toEqual(['b']);
});

test('a press before the chunk is answered at once: the stand-in shows the send under way', async () => {
  const { verification, sent, heard } = setup();
  const pressed = verification.send('a');
  expect(verification.getState()).toMatchObject({ phase: 'sending', error: null });
  expect(heard.at(-1)).toBe('sending');
  expect(sent).toEqual([]);
  expect(await pressed).toBe(true);
  expect(sent).toEqual(['a']);
  expect(verification.getState().phase).toBe('code-sent');
  // From "Sending…" straight to the machinery's own phases: never back to idle in between.
  expect(heard[0]).toBe('sending');
  expect(heard).not.toContain('idle');
});

test('a confirm before the chunk shows as under way too', async () => {
  const { verification } = setup();
  const pressed = verification.confirm('a', '123456');
  expect(verification.getState().phase).toBe('confirming');
  await pressed;
  expect(verification.getState().phase).not.toBe('confirming');
});

test('closed while the chunk loads: the send shown under way is dropped, and nothing is sent', async () => {
  const { verification, sent } = setup();
  const pressed = verification.send('a');
  expect(verification.getState().phase).toBe('sending');
  verification.end();
  expect(verification.getState().phase).toBe('idle');
  expect(await pressed).toBe(false);
  expect(sent).toEqual([]);
});

test('the English only an answer shows comes with the chunk: a translator has it from then on', async () => {
  const { createTranslator } = await import('../../src/i18n/messages');
  const t = createTranslator();
  // Before the chunk: the form's English, not an answer's (its key shows through).
  expect(t('send.idle')).toBe('Send code');
  expect(t('send.sent', { phone: 'x' })).toBe('send.sent');
  await deferred.loadVerification();
  expect(t('send.sent', { phone: '+86 138****5678' })).toBe('Code sent to +86 138****5678.');
  expect(t('success.title')).toBe('Phone number removed');
  expect(t('error.server-said', { message: 'm' })).toBe('Server message: m');
});
