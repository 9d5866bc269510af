// A browser without light-dark() (Safari before 17.5, say) sees every colour declaration of the
// stylesheet as invalid. Simulated in any engine: the kit's stylesheet swapped for a copy in which
// light-dark is a function no engine knows, so the copy reads as it does in such a browser.
import { afterEach, beforeAll, expect, onTestFinished, test } from 'vitest';
import kitCss from '../../src/view/styles.css?raw';
import { renderDialog, startWorker, worker } from '../harness';
import { button, openDialog } from '../helpers';

beforeAll(startWorker);
afterEach(() => {
  worker.resetHandlers();
  delete document.documentElement.dataset.theme;
});

/** Turns the kit's own stylesheet off and puts one without light-dark() support in its place. */
function withoutLightDark() {
  const kitSheets = [...document.styleSheets].filter((sheet) =>
    (sheet.ownerNode?.textContent ?? '').includes('components.unbind-phone-kit'),
  );
  for (const sheet of kitSheets) sheet.disabled = true;
  const older = document.createElement('style');
  older.textContent = kitCss.replaceAll('light-dark(', 'unknown-light-dark(');
  document.head.append(older);
  onTestFinished(() => {
    older.remove();
    for (const sheet of kitSheets) sheet.disabled = false;
  });
  expect(kitSheets.length).toBeGreaterThan(0);
}

const colour = (selector: string, property: 'backgroundColor' | 'color') =>
  getComputedStyle(document.querySelector(selector) as Element)[property];

test.each(['light', 'dark'])(
  'without light-dark(), a readable dialog in the light colours (page theme %s)',
  async (theme) => {
    withoutLightDark();
    document.documentElement.dataset.theme = theme;
    renderDialog();
    await openDialog();
    await expect.element(button('Remove phone')).toBeVisible();
    expect(colour('dialog', 'backgroundColor')).toBe('rgb(255, 255, 255)');
    expect(colour('dialog', 'color')).toBe('rgb(28, 31, 35)');
    expect(colour('.upk-description', 'color')).toBe('rgb(91, 100, 112)');
    expect(colour('.upk-button--danger', 'backgroundColor')).toBe('rgb(196, 43, 28)');
    expect(colour('.upk-button--danger', 'color')).toBe('rgb(255, 255, 255)');
  },
);
