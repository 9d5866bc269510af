// Contrast of every text a person reads in the dialog, computed in the engine: in every story's
// state, light and dark, each element with text of its own is at least 4.5:1 against what is
// behind it (WCAG 1.4.3), its background found by blending the translucent layers up to the
// dialog. Controls marked aria-disabled are left out: WCAG exempts inactive controls.
import { setProjectAnnotations } from '@storybook/react-vite';
import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import * as preview from '../../.storybook/preview';
import { contrast } from '../helpers';
import { dialogStories, fixClock } from '../stories';

setProjectAnnotations([preview]);
const states = dialogStories({ shown: true });
fixClock();

type Rgba = [number, number, number, number];
const parse = (colour: string): Rgba => {
  const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, colour.startsWith('rgba') ? a : 1];
};
const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [
  r * a + R * (1 - a),
  g * a + G * (1 - a),
  b * a + B * (1 - a),
  1,
];
const css = ([r, g, b]: Rgba) => `rgb(${r}, ${g}, ${b})`;

/** The opaque colour behind `element`: its own and its ancestors' backgrounds, blended. */
function backdrop(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let at: Element | null = element; at; at = at.parentElement) {
    const layer = parse(getComputedStyle(at).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1 || at.tagName === 'DIALOG') break;
  }
  return layers.reduceRight<Rgba>((behind, layer) => over(layer, behind), [255, 255, 255, 1]);
}

describe.each(['light', 'dark'] as const)('%s', (theme) => {
  test.each(states)('%s: every text is at least 4.5:1', async (_, Story) => {
    await Story.run({ args: { ...Story.args, theme } });
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    const texts = [...(dialog.element() as Element).querySelectorAll('*')].filter(
      (element) =>
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) &&
        !element.closest('[aria-disabled="true"]'),
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const element of texts) {
      const style = getComputedStyle(element);
      const ink = over(parse(style.color), backdrop(element));
      const ratio = contrast(css(ink), css(backdrop(element)));
      expect(ratio, `${element.textContent} (${style.color} on ${css(backdrop(element))})`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
