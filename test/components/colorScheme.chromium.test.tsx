// Chromium only (test/engines/README.md): the system colour scheme is set through Chromium's
// DevTools protocol; Firefox's BiDi driver has no equivalent here yet.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import { renderDialog, startWorker, worker } from '../harness';
import { openDialog } from '../helpers';

beforeAll(startWorker);
afterEach(async () => {
  worker.resetHandlers();
  await emulateColorScheme('');
  delete document.documentElement.dataset.theme;
});

/** The system setting, as Chromium's DevTools protocol sets it ('' puts the real one back). */
async function emulateColorScheme(value: 'light' | 'dark' | '') {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
}

const background = () => getComputedStyle(document.querySelector('dialog') as Element).backgroundColor;
const light = 'rgb(255, 255, 255)';
const dark = 'rgb(29, 33, 40)';

describe('light and dark', () => {
  test('follows the system setting when the page says nothing', async () => {
    await emulateColorScheme('dark');
    renderDialog();
    await openDialog();
    expect(background()).toBe(dark);
    await emulateColorScheme('light');
    expect(background()).toBe(light);
  });

  test('data-theme on an ancestor decides over the system setting', async () => {
    await emulateColorScheme('dark');
    document.documentElement.dataset.theme = 'light';
    renderDialog();
    await openDialog();
    expect(background()).toBe(light);
    document.documentElement.dataset.theme = 'dark';
    await emulateColorScheme('light');
    expect(background()).toBe(dark);
  });

  test('data-theme on the dialog itself works too', async () => {
    await emulateColorScheme('light');
    renderDialog();
    await openDialog();
    document.querySelector('dialog')?.setAttribute('data-theme', 'dark');
    expect(background()).toBe(dark);
  });
});
