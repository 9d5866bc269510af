// Chromium only (test/engines/README.md): prefers-reduced-motion is emulated through Chromium's
// DevTools protocol. The one thing that moves, the spinner of "Removing…", stands still when the
// person asked for less motion, and turns otherwise (so the check can fail).
import { afterEach, beforeAll, expect, test } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { renderDialog, startWorker, worker } from '../harness';
import { button, codeInput, openDialog } from '../helpers';

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
  await openDialog();
  await userEvent.click(button('Send code'));
  await expect.element(page.getByText('Code sent to +86 138****5678.')).toBeVisible();
  await userEvent.fill(codeInput(), '123456');
  await userEvent.click(button('Remove phone'));
  await expect.element(button('Removing…')).toBeVisible();
  const spinner = document.querySelector('.upk-spinner');
  expect(spinner).not.toBeNull();
  const animation = getComputedStyle(spinner as Element).animationName;
  expect(animation === 'none' ? 'none' : 'spins').toBe(expected);
});
