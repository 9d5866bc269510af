/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vite';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// The browsers Playwright launches: Debian's own builds, since Playwright's downloads cannot work
// here. Chromium (CHROMIUM_PATH for another); Firefox ESR through Playwright's WebDriver BiDi
// support ('moz-firefox' channel), which opens a page thanks to scripts/patch-playwright-bidi.mjs.
const launch = {
  chromium: { executablePath: chromiumPath, args: [...chromiumArgs, '--font-render-hinting=none'] },
  firefox: { channel: 'moz-firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr' },
};

// Each Vitest project needs its own browser object (a shared one fails at start-up).
function browserOf(browser: keyof typeof launch, viewport = { width: 1280, height: 800 }) {
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

/** The other engines' projects exist only for `npm run test:engines` (UPK_ENGINE names one). */
const engine = process.env.UPK_ENGINE;

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
    const source = readFileSync(new URL('src/components/styles.css', import.meta.url), 'utf8');
    this.emitFile({ type: 'asset', fileName: 'styles.css', source });
    this.emitFile({
      type: 'asset',
      fileName: 'styles.css.d.ts',
      source: '// The stylesheet has no exports: import it for its rules.\nexport {};\n',
    });
  },
};

export default defineConfig({
  plugins: [react()],
  build: {
    lib: {
      entry: { index: 'src/index.ts', core: 'src/core/index.ts', testing: 'src/testing/index.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) => peers.test(id),
      plugins: [emitStylesheet],
      // The main entry is client code (hooks, the dialog): Next.js's App Router must see it as a
      // client module. `core` and `testing` hold no React and stay importable from server code.
      output: { banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : '') },
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
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.test.tsx'],
          exclude: ['test/visual/**'],
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
            expect: {
              toMatchScreenshot: {
                // Per pixel, a colour distance up to 0.1 counts as equal (anti-aliasing noise); per
                // image, at most 20 pixels may differ. Re-renders here move anti-aliased edges by a
                // level or two of colour at most, and a ratio of 0.2 % let a changed button label
                // ("Close" to "Got it") pass.
                comparatorName: 'pixelmatch',
                comparatorOptions: { threshold: 0.1, allowedMismatchedPixels: 20 },
                resolveScreenshotPath: ({ arg, ext, root }) => `${root}/test/visual/__screenshots__/${arg}${ext}`,
                resolveDiffPath: ({ arg, ext, root }) => `${root}/test/visual/__diffs__/${arg}${ext}`,
              },
            },
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
      ...(engine === 'firefox'
        ? [
            {
              extends: true as const,
              test: {
                name: 'browser-firefox',
                include: ['test/**/*.test.tsx'],
                // Chromium-only for a reason of the tools, each said in test/engines/README.md.
                exclude: ['test/visual/**', '**/*.chromium.test.tsx'],
                setupFiles: ['test/engines/setup.ts', 'test/setup.browser.ts'],
                browser: firefox(),
              },
            },
            {
              extends: true as const,
              plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
              test: {
                name: 'storybook-firefox',
                setupFiles: ['test/engines/setup.ts', '.storybook/vitest.setup.ts'],
                browser: firefox(),
              },
            },
          ]
        : []),
    ],
  },
});
