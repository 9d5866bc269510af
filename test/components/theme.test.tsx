import { afterEach, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { renderDialog, startWorker, worker } from '../harness';
import { button, openDialog } from '../helpers';

// Runs in every engine. The system colour-scheme tests need Chromium's DevTools protocol:
// colorScheme.chromium.test.tsx.
beforeAll(startWorker);
afterEach(() => {
  worker.resetHandlers();
  delete document.documentElement.dataset.theme;
});

const background = () => getComputedStyle(document.querySelector('dialog') as Element).backgroundColor;
const light = 'rgb(255, 255, 255)';
const dark = 'rgb(29, 33, 40)';

describe('light and dark, as the page says', () => {
  test('data-theme on an ancestor decides', async () => {
    document.documentElement.dataset.theme = 'light';
    renderDialog();
    await openDialog();
    expect(background()).toBe(light);
    document.documentElement.dataset.theme = 'dark';
    expect(background()).toBe(dark);
  });

  test('data-theme on the dialog itself works too', async () => {
    document.documentElement.dataset.theme = 'light';
    renderDialog();
    await openDialog();
    document.querySelector('dialog')?.setAttribute('data-theme', 'dark');
    expect(background()).toBe(dark);
  });
});

describe('the host restyles it', () => {
  /** A host stylesheet, put first or last in <head>: the order must not matter. */
  function hostStyle(css: string, where: 'first' | 'last') {
    const style = document.createElement('style');
    style.textContent = css;
    if (where === 'first') document.head.prepend(style);
    else document.head.append(style);
    onTestFinished(() => style.remove());
  }
  const styleOf = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);

  test.each(['first', 'last'] as const)('an unlayered host rule wins, loaded %s', async (where) => {
    hostStyle('.upk-title { font-weight: 800 } .my-dialog { border-color: rgb(1, 2, 3) }', where);
    renderDialog({ props: { className: 'my-dialog' } });
    await openDialog();
    await expect.element(button('Remove phone')).toBeVisible();
    expect(styleOf('.upk-title').fontWeight).toBe('800');
    expect(styleOf('dialog').borderTopColor).toBe('rgb(1, 2, 3)');
  });

  test('--upk-* set on an ancestor reach the dialog', async () => {
    hostStyle('body { --upk-color-danger: rgb(0, 128, 0); --upk-radius-control: 3px }', 'last');
    renderDialog();
    await openDialog();
    await expect.element(button('Remove phone')).toBeVisible();
    expect(styleOf('.upk-button--danger').backgroundColor).toBe('rgb(0, 128, 0)');
    expect(styleOf('.upk-button--danger').borderTopLeftRadius).toBe('3px');
  });

  test('--upk-* set on the dialog through className win over an ancestor', async () => {
    hostStyle('body { --upk-radius: 30px } .my-dialog { --upk-radius: 3px }', 'first');
    renderDialog({ props: { className: 'my-dialog' } });
    await openDialog();
    expect(styleOf('dialog').borderTopLeftRadius).toBe('3px');
  });
});

describe('the page behind', () => {
  test('does not scroll while the dialog is open, and does again after', async () => {
    renderDialog();
    await openDialog();
    expect(getComputedStyle(document.documentElement).overflow).toBe('hidden');
    await button('Cancel').click();
    expect(getComputedStyle(document.documentElement).overflow).not.toBe('hidden');
  });
});
