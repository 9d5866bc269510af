// Chromium only (test/engines/README.md): an IME composition is driven through Chromium's
// DevTools protocol (Input.imeSetComposition); the other drivers cannot compose text.
import { beforeAll, describe, expect, test } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { renderDialog, startWorker } from '../harness';
import { button, codeInput, openDialog } from '../helpers';

beforeAll(startWorker);

describe('input as people really type it', () => {
  test('full-width digits through an IME composition are not duplicated, and end as ASCII', async () => {
    renderDialog();
    await openDialog();
    await userEvent.click(button('Send code'));
    await userEvent.click(codeInput());
    const session = cdp();
    let composing = '';
    for (const digit of '１２３４５６') {
      composing += digit;
      await session.send('Input.imeSetComposition', {
        text: composing,
        selectionStart: composing.length,
        selectionEnd: composing.length,
      });
    }
    await session.send('Input.insertText', { text: composing });
    await expect.element(codeInput()).toHaveValue('123456');
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();
  });
});
