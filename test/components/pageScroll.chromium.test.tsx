// Chromium only (test/engines/README.md): a real mouse wheel comes from Chromium's DevTools
// protocol here. The page behind the open dialog must not move under it.
import { afterEach, beforeAll, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import { renderDialog, startWorker, worker } from '../harness';
import { button, openDialog } from '../helpers';

beforeAll(startWorker);
afterEach(() => worker.resetHandlers());

async function wheel(deltaY: number) {
  for (const type of ['mouseMoved', 'mouseWheel'] as const) {
    await cdp().send('Input.dispatchMouseEvent', { type, x: 20, y: 20, deltaX: 0, deltaY });
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
}

test('the wheel over the backdrop does not scroll the page behind; closed, it does again', async () => {
  renderDialog();
  // A long host page below the trigger.
  const tall = document.createElement('div');
  tall.style.height = '4000px';
  document.body.append(tall);
  try {
    window.scrollTo(0, 0);
    await openDialog();
    await expect.element(button('Remove phone')).toBeVisible();
    await wheel(600);
    expect(window.scrollY).toBe(0);
    await button('Cancel').click();
    await wheel(600);
    expect(window.scrollY).toBeGreaterThan(0);
  } finally {
    tall.remove();
    window.scrollTo(0, 0);
  }
});
