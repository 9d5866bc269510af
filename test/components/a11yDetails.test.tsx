// What axe does not see (issue 12): landmarks, the busy button's contrast, the field's font size
// floor, and a live region that exists before its text does. Runs in every engine.
import { afterEach, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderDialog, startWorker, worker } from '../harness';
import { button, codeInput, contrast, openDialog } from '../helpers';

beforeAll(startWorker);
afterEach(() => worker.resetHandlers());

const styleOf = (element: Element | null) => getComputedStyle(element as Element);

describe('what a screen reader and a phone meet', () => {
  test('the dialog holds no banner landmark (its title row is not a page header)', async () => {
    renderDialog();
    await openDialog();
    await expect.element(button('Send code')).toBeVisible();
    expect(document.querySelector('dialog header, dialog [role="banner"]')).toBeNull();
    expect(page.getByRole('banner').query()).toBeNull();
  });

  test('"Removing…" keeps its full contrast while it lasts', async () => {
    renderDialog({ unbindDelayMs: 2000 });
    await openDialog();
    await userEvent.click(button('Send code'));
    await expect.element(page.getByText('Code sent to +86 138****5678.')).toBeVisible();
    await userEvent.fill(codeInput(), '123456');
    await userEvent.click(button('Remove phone'));
    await expect.element(button('Removing…')).toBeVisible();
    const busy = styleOf(button('Removing…').element());
    expect(busy.opacity).toBe('1');
    expect(contrast(busy.color, busy.backgroundColor)).toBeGreaterThanOrEqual(4.5);
  });

  test('the code field never drops under 16px, even when the host lowers --upk-font-size', async () => {
    const style = document.createElement('style');
    style.textContent = 'body { --upk-font-size: 12px }';
    document.head.append(style);
    onTestFinished(() => style.remove());
    renderDialog();
    await openDialog();
    await expect.element(codeInput()).toBeVisible();
    expect(Number.parseFloat(styleOf(codeInput().element()).fontSize)).toBeGreaterThanOrEqual(16);
  });

  test('the "code sent" live region is in the page before its text arrives, and takes no room', async () => {
    renderDialog();
    await openDialog();
    await expect.element(button('Send code')).toBeVisible();
    const region = document.querySelector('dialog [role="status"]');
    expect(region?.textContent).toBe('');
    expect(styleOf(region).display).not.toBe('none');
    expect(styleOf(region).position).toBe('absolute');
    await userEvent.click(button('Send code'));
    await expect.element(page.getByRole('status')).toHaveTextContent('Code sent to +86 138****5678.');
    expect(document.querySelector('dialog [role="status"]')).toBe(region);
  });
});
