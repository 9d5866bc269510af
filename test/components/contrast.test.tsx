// Contrast as computed in the engine: the code field's border against the dialog behind it must be
// at least 3:1 (WCAG 1.4.11, non-text), in both themes.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { renderDialog, startWorker, worker } from '../harness';
import { button, fieldBorderContrast, openDialog } from '../helpers';

beforeAll(startWorker);
afterEach(() => {
  worker.resetHandlers();
  delete document.documentElement.dataset.theme;
});

describe.each(['light', 'dark'])('%s', (theme) => {
  test('the code field’s border is at least 3:1 against the dialog', async () => {
    document.documentElement.dataset.theme = theme;
    renderDialog();
    await openDialog();
    await expect.element(button('Remove phone')).toBeVisible();
    expect(fieldBorderContrast()).toBeGreaterThanOrEqual(3);
  });
});
