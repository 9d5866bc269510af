// Chromium only (test/engines/README.md): prefers-contrast is emulated through Chromium's DevTools
// protocol. Asked for more contrast, the code field's border gets far more.
import { afterEach, beforeAll, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import { renderDialog, startWorker, worker } from '../harness';
import { button, fieldBorderContrast, openDialog } from '../helpers';

beforeAll(startWorker);
afterEach(async () => {
  worker.resetHandlers();
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-contrast', value: '' }] });
  delete document.documentElement.dataset.theme;
});

test.each(['light', 'dark'])('prefers-contrast: more (%s): the border is at least 4.5:1', async (theme) => {
  document.documentElement.dataset.theme = theme;
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-contrast', value: 'more' }] });
  renderDialog();
  await openDialog();
  await expect.element(button('Remove phone')).toBeVisible();
  expect(fieldBorderContrast()).toBeGreaterThanOrEqual(4.5);
});
