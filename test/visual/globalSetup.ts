import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromiumPath } from '../../scripts/chromium.mjs';

const diffs = new URL('./__diffs__', import.meta.url);
const renderer = new URL('./__screenshots__/RENDERER.txt', import.meta.url);

/** What drew the baselines: another Chromium or font build may move anti-aliased pixels. */
function currentRenderer(): string {
  const quiet = { stdio: ['ignore', 'pipe', 'ignore'] as ['ignore', 'pipe', 'ignore'] };
  const chromium = execFileSync(chromiumPath, ['--version'], quiet).toString().trim();
  let fonts = 'fonts-noto-cjk: unknown';
  try {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format, not ours
    const version = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'fonts-noto-cjk'], quiet);
    fonts = `fonts-noto-cjk ${version.toString().trim()}`;
  } catch {
    // not a Debian machine: say so in the file rather than fail
  }
  return `${chromium}\n${fonts}\n`;
}

/**
 * Diff images are from the last failing run only: clear them when a new run starts. Keep a note
 * of the renderer beside the baselines, and say plainly when this machine's differs.
 */
export default function prepareVisualRun() {
  rmSync(diffs, { recursive: true, force: true });
  const now = currentRenderer();
  const updating = process.argv.some((arg) => arg === '-u' || arg === '--update');
  if (updating || !existsSync(renderer)) {
    writeFileSync(renderer, now);
    return;
  }
  const then = readFileSync(renderer, 'utf8');
  if (then !== now) {
    console.warn(
      `\nVisual baselines were drawn by:\n${then}This machine has:\n${now}Failures may be the renderer, not the kit: look at test/visual/__diffs__ before updating.\n`,
    );
  }
}
