/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { webdriverio } from '@vitest/browser-webdriverio';
import { defineConfig } from 'vite';
import type { BrowserConfigOptions } from 'vitest/node';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// The browsers Playwright launches: Debian's own builds, since Playwright's downloads cannot work
// here. Chromium (CHROMIUM_PATH for another); Firefox ESR through Playwright's WebDriver BiDi
// support ('moz-firefox' channel), which opens a page thanks to scripts/patch-playwright-bidi.mjs.
const launch = {
  chromium: { executablePath: chromiumPath, args: [...chromiumArgs, '--font-render-hinting=none'] },
  firefox: { channel: 'moz-firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr' },
};

// Each Vitest project needs its own browser object (a shared one fails at start-up).
function browserOf(browser: keyof typeof launch, viewport = { width: 1280, height: 800 }): BrowserConfigOptions {
  return {
    enabled: true,
    headless: true,
    // The page as large as the test frame, so the frame is never scaled down in screenshots.
    provider: playwright({ launchOptions: launch[browser], contextOptions: { viewport } }),
    instances: [{ browser }],
    viewport,
    // Screenshots of failing tests go where git does not look (they are for reading, not keeping).
    screenshotDirectory: `test-results/failures-${browser}`,
  };
}
const chromium = () => browserOf('chromium');
const firefox = () => browserOf('firefox');

/**
 * WebKit (WebKitGTK's MiniBrowser, Safari's engine) through the WebKitWebDriver that
 * scripts/engines.mjs starts under Xvfb (its port in UPK_WEBKIT_PORT). WebdriverIO in classic mode,
 * since the driver refuses BiDi sessions. Vitest's WebdriverIO provider knows Chrome, Edge, Firefox
 * and Safari by name; 'MiniBrowser' is the name WebKitWebDriver answers to, so it is added to the
 * provider's list here. Not headless to the provider: Xvfb is the headless part.
 */
function webkit(viewport = { width: 1280, height: 800 }): BrowserConfigOptions {
  // WebKitGTK's own capability, which WebdriverIO's types do not list.
  const webkitgtk = {
    'webkitgtk:browserOptions': {
      binary: process.env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      args: ['--automation'],
    },
  };
  const provider = webdriverio({
    hostname: '127.0.0.1',
    port: Number(process.env.UPK_WEBKIT_PORT ?? 4445),
    capabilities: { 'wdio:enforceWebDriverClassic': true, ...webkitgtk },
  });
  return {
    enabled: true,
    headless: false,
    // Not headless means Vitest's own UI beside the test frame, unless told otherwise.
    ui: false,
    provider: { ...provider, supportedBrowser: ['MiniBrowser'] },
    // Vitest's type lists only the names it knows; the provider above is told of this one.
    instances: [{ browser: 'MiniBrowser' as 'safari' }],
    viewport,
    screenshotDirectory: 'test-results/failures-webkit',
  };
}

/**
 * How screenshots compare, and where baselines and diffs live. Per pixel, a colour distance up to
 * 0.1 counts as equal (anti-aliasing noise); per image, at most 20 pixels may differ. Re-renders
 * here move anti-aliased edges by a level or two of colour at most, and a ratio of 0.2 % let a
 * changed button label ("Close" to "Got it") pass.
 */
function screenshots(baselines: string, diffs: string) {
  return {
    comparatorName: 'pixelmatch' as const,
    comparatorOptions: { threshold: 0.1, allowedMismatchedPixels: 20 },
    resolveScreenshotPath: ({ arg, ext, root }: { arg: string; ext: string; root: string }) =>
      `${root}/${baselines}/${arg}${ext}`,
    resolveDiffPath: ({ arg, ext, root }: { arg: string; ext: string; root: string }) =>
      `${root}/${diffs}/${arg}${ext}`,
  };
}

/**
 * The projects of `npm run test:engines` for one engine: the hook and component tests, the story
 * tests, and a handful of screenshots against the engine's own baselines (test/engines). Tests
 * that need Chromium for a reason of the tools end in `.chromium.test.tsx`, each said in
 * test/engines/README.md.
 */
function engineProjects(name: 'firefox' | 'webkit', browser: () => BrowserConfigOptions, setup: string[]) {
  return [
    {
      extends: true as const,
      test: {
        name: `browser-${name}`,
        include: ['test/**/*.test.tsx'],
        exclude: ['**/*.visual.test.tsx', '**/*.chromium.test.tsx', '**/*.dom.test.tsx'],
        setupFiles: [...setup, 'test/setup.browser.ts'],
        browser: browser(),
      },
    },
    {
      extends: true as const,
      plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
      test: {
        name: `storybook-${name}`,
        setupFiles: [...setup, '.storybook/vitest.setup.ts'],
        browser: browser(),
      },
    },
    {
      extends: true as const,
      test: {
        name: `visual-${name}`,
        include: ['test/engines/*.visual.test.tsx'],
        setupFiles: [...setup, 'test/visual/setup.ts'],
        browser: {
          ...browser(),
          expect: {
            toMatchScreenshot: screenshots(`test/engines/__screenshots__/${name}`, `test/engines/__diffs__/${name}`),
          },
        },
      },
    },
  ];
}

/** The other engines' projects exist only for `npm run test:engines` (UPK_ENGINE names one). */
const engine = process.env.UPK_ENGINE;

// The machinery and the module the dialog fetches it by (with the English of its answers, a file
// of their own: a host that imports the whole English pack must not get the machinery with it).
const machinery = /\/src\/(core\/verification\/verification|hooks\/machinery)\.ts$/;
const answers = /\/src\/i18n\/en-US-answers\.ts$/;
const emailOnly = /\/src\/(core\/email|flows\/bind-email\/useBindEmail|i18n\/en-US-blocked)\.ts$/;
// The dialog's own React modules: one file, which the page and the dialog's lazy chunk both import.
// (Not "Didn't get a code?" and not the hold of the lazy steps: the lazy chunk brings them.)
const dialogShared =
  /\/src\/(view\/(?!CodeHelp|holdOpen)|hooks\/(?!queryKeys|machinery)|flows\/unbind-phone\/(?!Blocked))[A-Za-z]+\.tsx?$/;
const changeOnly = /\/src\/(core\/phoneInput|flows\/change-phone\/[A-Za-z]+|i18n\/en-US-change)\.tsx?$/;

// Peers and their subpaths stay imports in the build: the host app brings them, once.
const peers = /^(react|react-dom|@tanstack\/react-query|react-hook-form|@hookform\/resolvers|zod|msw)(\/.*)?$/;

/**
 * The stylesheet is a file of its own (never injected from JS, so a strict CSP holds), with a
 * declaration beside it so `import 'unbind-phone-kit/styles.css'` type-checks under
 * `noUncheckedSideEffectImports` (TypeScript 6 and later check side-effect imports).
 */
const emitStylesheet = {
  name: 'unbind-phone-kit:stylesheet',
  generateBundle(this: { emitFile: (file: { type: 'asset'; fileName: string; source: string }) => void }) {
    const source = readFileSync(new URL('src/view/styles.css', import.meta.url), 'utf8');
    this.emitFile({ type: 'asset', fileName: 'styles.css', source });
    // Its declaration twice: for `import` (ESM) and for `require` (CommonJS, as Jest loads it).
    for (const fileName of ['styles.css.d.ts', 'styles.css.d.cts']) {
      this.emitFile({
        type: 'asset',
        fileName,
        source: '// The stylesheet has no exports: import it for its rules.\nexport {};\n',
      });
    }
  },
};

export default defineConfig({
  plugins: [react()],
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        email: 'src/email.ts',
        change: 'src/change.ts',
        verification: 'src/verification.ts',
        testing: 'src/testing/index.ts',
        'testing/msw': 'src/testing/msw.ts',
      },
      formats: ['es', 'cjs'],
    },
    rollupOptions: {
      external: (id) => peers.test(id),
      plugins: [emitStylesheet],
      // Lets the email group leave its imports where they are (see codeSplitting below).
      preserveEntrySignatures: 'allow-extension',
      // The main entry is client code (hooks, the dialog): Next.js's App Router must see it as a
      // client module. `core` and `testing` hold no React and stay importable from server code.
      output: {
        banner: (chunk) => (chunk.isEntry && /^(index|email|change)$/.test(chunk.name) ? "'use client';" : ''),
        // The email step's hook, schema and texts are a file of their own, which only the dialog's
        // lazy chunk and unbind-phone-kit/email import: in a file shared with the page's code, a
        // host's bundler would put them in the page (bundlers split by file). Its own imports
        // stay where they are (by default the group would take them along, the page's code too).
        // The verification machinery likewise: the dialog imports it dynamically (it is needed
        // once a person acts), so no file the page imports may import it (bundlers place code by
        // file: one static import from the page's files brings it into the page), nor may its
        // file hold anything the page needs. Changing the number likewise: its own subpath and
        // the dialog's lazy chunk import it, never a file of the page.
        codeSplitting: {
          groups: [
            { name: 'email-step', test: emailOnly, includeDependenciesRecursively: false },
            { name: 'verification', test: machinery, includeDependenciesRecursively: false },
            { name: 'answers', test: answers, includeDependenciesRecursively: false },
            { name: 'change-phone', test: changeOnly, includeDependenciesRecursively: false },
            { name: 'dialog', test: dialogShared, includeDependenciesRecursively: false },
          ],
        },
      },
    },
    target: 'es2022',
    sourcemap: true,
    minify: false,
    copyPublicDir: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          environment: 'node',
        },
      },
      // The dialog as a host's own unit tests meet it: a DOM without layout or showModal, in Node.
      ...(['jsdom', 'happy-dom'] as const).map((environment) => ({
        extends: true as const,
        test: { name: environment, include: ['test/dom/*.dom.test.tsx'], environment },
      })),
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.test.tsx'],
          exclude: ['**/*.visual.test.tsx', '**/*.dom.test.tsx'],
          setupFiles: ['test/setup.browser.ts'],
          browser: chromium(),
        },
      },
      {
        extends: true,
        test: {
          name: 'visual',
          include: ['test/visual/**/*.visual.test.tsx'],
          setupFiles: ['test/visual/setup.ts'],
          globalSetup: ['test/visual/globalSetup.ts'],
          browser: {
            ...chromium(),
            expect: { toMatchScreenshot: screenshots('test/visual/__screenshots__', 'test/visual/__diffs__') },
          },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: chromium(),
        },
      },
      ...(engine === 'firefox' ? engineProjects('firefox', firefox, ['test/engines/setup.ts']) : []),
      ...(engine === 'webkit' ? engineProjects('webkit', webkit, []) : []),
    ],
  },
});
