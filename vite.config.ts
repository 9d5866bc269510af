/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vite';

// Debian's Chromium; set CHROMIUM_PATH where another build lives. Playwright's own download is
// not used (it cannot be fetched on our machines).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Each Vitest project needs its own browser object (a shared one fails at start-up).
function chromium(viewport = { width: 1280, height: 800 }) {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          '--font-render-hinting=none',
        ],
      },
      // The page as large as the test frame, so the frame is never scaled down in screenshots.
      contextOptions: { viewport },
    }),
    instances: [{ browser: 'chromium' as const }],
    viewport,
  };
}

export default defineConfig({
  plugins: [react()],
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
          setupFiles: ['test/setup.browser.ts'],
          browser: chromium(),
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
    ],
  },
});
