// One place for how our tools start Chromium: Debian's build (CHROMIUM_PATH for another), and
// the flags it needs here (root, no GPU, no network of its own).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
