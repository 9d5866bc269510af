import axe from 'axe-core';
import { expect } from 'vitest';
import { type Locator, page, userEvent } from 'vitest/browser';
import type { PhoneNumber } from '../src/core/types';
import { enUS } from '../src/i18n/en-US';
import { jaJP } from '../src/i18n/ja-JP';
import { zhCN } from '../src/i18n/zh-CN';
import { zhTW } from '../src/i18n/zh-TW';
import type { FakeAuthing } from '../src/testing';

export const dialog = () => page.getByRole('dialog');
export const codeInput = (label = 'Verification code') => page.getByLabelText(label);
export const button = (name: string | RegExp) => page.getByRole('button', { name, exact: true });
/** The line under the send button that counts down the wait ("Send again in 42 s"). */
export const sendWait = (text: string | RegExp) => page.getByText(text, { exact: true });

const loadingTexts = [enUS, zhCN, zhTW, jaJP].map((pack) => pack.messages['dialog.loading']);

/**
 * Opens the dialog and, unless `loaded` is false, waits until it has read the account, as a
 * person waits for "Loading your account…" to go: until then Send code is aria-disabled, and a
 * WebDriver click (WebKit's) would land on it where Playwright's waits.
 */
export async function openDialog({ loaded = true } = {}) {
  await userEvent.click(button('Manage phone number'));
  await expect.element(dialog()).toBeVisible();
  if (!loaded) return;
  const description = () => {
    const box = document.querySelector('dialog[open]');
    return document.getElementById(box?.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
  };
  await expect.poll(() => loadingTexts.includes(description()), { timeout: 5000 }).toBe(false);
}

/**
 * Opens the dialog, sends the SMS and submits its code: the unbind is out and the dialog shows
 * "Removing…" for as long as the fake's delay holds the answer.
 */
export async function toRemoving() {
  await openDialog();
  await userEvent.click(button('Send code'));
  await expect.element(page.getByText('Code sent to +86 138****5678.')).toBeVisible();
  await userEvent.fill(codeInput(), '123456');
  await userEvent.click(button('Remove phone'));
  await expect.element(button('Removing…')).toBeVisible();
}

/** Requests the fake backend saw to one path. */
export function requestsTo<R extends { path: string }>(requests: readonly R[], path: string): R[] {
  return requests.filter((r) => r.path.startsWith(path));
}

/** axe-core over the open dialog: no violation of WCAG 2.x A/AA or best practice. */
export async function expectNoAxeViolations(root: Element | null = document.querySelector('dialog')) {
  if (!root) throw new Error('nothing to check');
  const { violations } = await axe.run(root, { resultTypes: ['violations'] });
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Pastes `text` at the caret as a browser does: a paste event carrying the text, then the text
 * inserted as an edit (so `maxlength` and the caret apply). Headless browsers here have no system
 * clipboard for a real Ctrl+V, and Firefox drops a DataTransfer passed to the ClipboardEvent
 * constructor, so the data is attached to the event itself: the same in every engine.
 */
export async function pasteInto(target: HTMLElement, text: string) {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  target.focus();
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: clipboardData });
  if (target.dispatchEvent(event)) document.execCommand('insertText', false, text);
  await Promise.resolve();
}

/**
 * Enters `text` into the code field over whatever it held, as an input method or an on-screen
 * keyboard does: one real edit (insertText), which every engine turns into the input events a
 * person's typing makes. Where a test is about what entering text does (normalisation), this and
 * not `userEvent.fill` or `userEvent.type`: Firefox's BiDi driver sets the value from script for
 * fill and for any character off the US keyboard, and React never hears of it.
 */
export async function typeCode(text: string, label = 'Verification code') {
  const input = page.getByLabelText(label).element() as HTMLInputElement;
  input.focus();
  input.select();
  document.execCommand('insertText', false, text);
  await Promise.resolve();
}

/** The contrast of the code field's border against the dialog behind it, as the engine draws them. */
export function fieldBorderContrast(): number {
  const field = getComputedStyle(document.querySelector('.upk-code-input') as Element);
  const dialog = getComputedStyle(document.querySelector('dialog') as Element);
  return contrast(field.borderTopColor, dialog.backgroundColor);
}

/** The WCAG contrast ratio of two computed `rgb(...)` colours. */
export function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/**
 * Enters text over what a field held as one edit (an input method or an on-screen keyboard does
 * the same): every engine's driver turns it into real input events, full-width digits included.
 */
export async function enter(field: Locator, text: string) {
  const input = field.element() as HTMLInputElement;
  input.focus();
  input.select();
  document.execCommand('insertText', false, text);
  await Promise.resolve();
}

/**
 * The change to +86 13987654321 went through: the dialog says so with Done focused, the host
 * heard from and to once, and the fake's account has the new number.
 */
export async function expectNumberChanged(
  fake: Pick<FakeAuthing, 'state'>,
  changed: readonly (readonly [PhoneNumber | null, PhoneNumber])[],
) {
  await expect.element(page.getByRole('dialog')).toHaveAccessibleName('Phone number changed');
  await expect.element(page.getByText(/Your account now has \+86\s139\*\*\*\*4321\./)).toBeVisible();
  await expect.element(button('Done')).toHaveFocus();
  expect(changed).toEqual([
    [
      { number: '13812345678', countryCode: '+86' },
      { number: '13987654321', countryCode: '+86' },
    ],
  ]);
  expect(fake.state().account.phone).toBe('13987654321');
}
