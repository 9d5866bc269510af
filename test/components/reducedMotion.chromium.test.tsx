// Chromium only (test/engines/README.md): prefers-reduced-motion is emulated through Chromium's
// DevTools protocol. The one thing that moves, the spinner of "Removing…", stands still when the
// person asked for less motion, and turns otherwise (so the check can fail).
import { afterEach, beforeAll, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import { renderDialog, startWorker, worker } from '../harness';
import { toRemoving } from '../helpers';

beforeAll(startWorker);
afterEach(async () => {
  worker.resetHandlers();
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: '' }] });
});

test.each([
  ['reduce', 'none'],
  ['no-preference', 'spins'],
])('prefers-reduced-motion: %s → the spinner %s', async (preference, expected) => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: preference }] });
  renderDialog({ unbindDelayMs: 2000 });
  await toRemoving();
  const spinner = document.querySelector('.upk-spinner');
  expect(spinner).not.toBeNull();
  const animation = getComputedStyle(spinner as Element).animationName;
  expect(animation === 'none' ? 'none' : 'spins').toBe(expected);
});
