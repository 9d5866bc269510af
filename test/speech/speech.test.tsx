import { virtual } from '@guidepup/virtual-screen-reader';
import { setProjectAnnotations } from '@storybook/react-vite';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import * as preview from '../../.storybook/preview';
import { changeDialogStories, dialogStories, fixClock } from '../stories';

// What a screen reader says, as a tested output beside the screenshots. For every dialog story
// (<UnbindPhoneDialog>'s and <ChangePhoneDialog>'s) and
// both languages, a virtual screen reader listens while the story plays (focus moves and live
// regions: what a person hears without touching anything), then reads the dialog from its start to
// its end (what they hear when they look around). The transcript is compared with the one in
// __transcripts__; `npm run test:speech -- -u` rewrites them, and the diff reads like a script.
setProjectAnnotations([preview]);

const flows = [...dialogStories(), ...changeDialogStories()];

// The playground's request panel is a developer tool beside the dialog, not part of it: it is
// taken out of what the reader hears as soon as it appears. The clock is fixed so the countdown
// reads the same number on every run.
const panels = new MutationObserver(() => {
  for (const code of document.querySelectorAll('.fake-panel output')) code.setAttribute('aria-live', 'off');
});
fixClock();
beforeAll(() => panels.observe(document.body, { childList: true, subtree: true }));
afterAll(() => panels.disconnect());
afterEach(() => virtual.stop());

/** Everything the reader says from the start of `container` to its end. */
async function readThrough(container: Element): Promise<string[]> {
  await virtual.stop();
  await virtual.start({ container: container as HTMLElement });
  for (let step = 0; step < 200; step += 1) {
    if ((await virtual.lastSpokenPhrase()).startsWith('end of dialog')) break;
    await virtual.next();
  }
  return virtual.spokenPhraseLog();
}

describe.each(['en-US', 'zh-CN'] as const)('%s', (locale) => {
  test.each(flows)('%s', async (name, Story) => {
    await virtual.start({ container: document.body });
    await Story.run({ args: { ...Story.args, locale } });
    // Announcements that the last step set off arrive within a few frames.
    await new Promise((settled) => setTimeout(settled, 250));
    const heard = await virtual.spokenPhraseLog();
    const dialog = document.querySelector('dialog[open]');
    const read = dialog ? await readThrough(dialog) : ['(no dialog open)'];
    // Spoken, a no-break space is a space: the transcript says what is heard.
    // The fake's request ids count its requests, which a loaded run can make one more of: masked.
    const said = (line: string) => `  ${line.replace(/\s+/g, ' ').replace(/fake-\d+/g, 'fake-N')}`;
    const transcript = [
      `${name} (${locale})`,
      '',
      'Heard while the story plays:',
      ...heard.map(said),
      '',
      'Read from the start of the dialog to its end:',
      ...read.map(said),
      '',
    ].join('\n');
    await expect(transcript).toMatchFileSnapshot(`./__transcripts__/${locale}/${name}.txt`);
  });
});
