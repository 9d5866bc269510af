import { afterEach, beforeAll, expect, test } from 'vitest';
import { enUS } from '../../src/i18n/en-US';
import type { LocalePack } from '../../src/i18n/messages';
import { renderDialog, startWorker, worker } from '../harness';
import { button, openDialog } from '../helpers';

// A pack written right to left lays the dialog out mirrored; any other keeps it left to right,
// whatever the host page's direction. Runs in every engine (the screenshots: rtl.visual.test.tsx).
beforeAll(startWorker);
afterEach(() => {
  worker.resetHandlers();
  document.documentElement.removeAttribute('dir');
});

const rtl: LocalePack = { ...enUS, code: 'ar', dir: 'rtl' };
const left = (element: Element | { element(): Element } | null) =>
  (element && 'element' in element ? element.element() : (element as Element)).getBoundingClientRect().left;
const dialog = () => document.querySelector('dialog') as HTMLDialogElement;

test('a right-to-left pack mirrors the close button, the code row and the actions', async () => {
  renderDialog({ props: { locale: rtl } });
  await openDialog();
  expect(dialog().dir).toBe('rtl');
  expect(left(dialog().querySelector('.upk-close'))).toBeLessThan(left(dialog().querySelector('.upk-title')));
  expect(left(button('Send code'))).toBeLessThan(left(dialog().querySelector('.upk-code-input')));
  expect(left(button('Remove phone'))).toBeLessThan(left(button('Cancel')));
  // The phone number keeps its order in the sentence: set apart as an isolate.
  expect(document.getElementById(dialog().getAttribute('aria-describedby') ?? '')?.textContent).toContain(
    '\u2068+86\u00a0138****5678\u2069',
  );
});

test('a left-to-right pack stays left to right in a right-to-left page', async () => {
  document.documentElement.dir = 'rtl';
  renderDialog();
  await openDialog();
  expect(dialog().dir).toBe('ltr');
  expect(left(dialog().querySelector('.upk-title'))).toBeLessThan(left(dialog().querySelector('.upk-close')));
  expect(left(button('Cancel'))).toBeLessThan(left(button('Remove phone')));
  expect(dialog().textContent).not.toMatch(/[\u2068\u2069]/);
});
