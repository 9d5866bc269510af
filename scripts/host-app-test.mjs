// The kit as a user gets it: pack the tarball, install it with its peers into a fresh Vite +
// React app, type-check and build that app, serve it under a strict Content-Security-Policy,
// and go through the whole flow in headless Chromium. Then the host conditions: the same app's
// second page against an Authing look-alike over HTTP on 127.0.0.1, driven as a person and a
// host app would (test/host-app/conditions.tsx). Prints one line: N passed, N failed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { startAuthingLookalike } from '../test/host-app/authing-lookalike.mjs';
import { hostConditions } from '../test/host-app/conditions.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'upk-host-'));
const app = join(work, 'app');
const results = [];
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: process.env });

/** Runs one check and records it; a failing step of the build (`fatal`) stops the rest. */
async function check(name, body, { fatal = true } = {}) {
  try {
    await body();
    results.push([name, true]);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push([name, false]);
    console.log(`  × ${name}\n${String(error?.stderr || error?.stdout || error?.stack || error).slice(0, 4000)}`);
    if (fatal) throw error;
  }
}

const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = (name) => ours.devDependencies[name];
const csp = "default-src 'self'";
const lookalike = await startAuthingLookalike();
// The conditions page talks to the look-alike on its own origin, as an app talks to Authing.
const pageCsp = `${csp}; connect-src 'self' ${lookalike.url}`;

try {
  let tarball;
  await check('npm run build, then npm pack', () => {
    run('npm', ['run', 'build'], root);
    tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop());
  });

  await check('install the tarball with its peers into a fresh Vite app', () => {
    cpSync(join(root, 'test/host-app'), app, { recursive: true });
    const peers = Object.keys(ours.peerDependencies);
    const tools = ['vite', '@vitejs/plugin-react', 'typescript', '@types/react', '@types/react-dom'];
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify(
        {
          name: 'host-app',
          private: true,
          type: 'module',
          dependencies: Object.fromEntries([
            ['unbind-phone-kit', `file:${tarball}`],
            ...peers.map((p) => [p, version(p)]),
          ]),
          devDependencies: Object.fromEntries(tools.map((p) => [p, version(p)])),
        },
        null,
        2,
      ),
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
  });

  await check('the host app type-checks against the published types', () => run('npx', ['tsc', '-p', '.'], app));

  await check('the host app builds', () => {
    run('npx', ['vite', 'build', '--logLevel', 'error'], app);
    cpSync(join(app, 'node_modules/msw/lib/mockServiceWorker.js'), join(app, 'dist/mockServiceWorker.js'));
  });

  const server = await serveStatic(join(app, 'dist'), { 'content-security-policy': pageCsp });
  const url = server.url;

  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    await check(`the whole flow works in Chromium under "${csp}", with no console error`, async () => {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      page.on('pageerror', (error) => problems.push(String(error)));
      await page.goto(url);
      const failWith = (error) => {
        throw new Error([String(error), ...problems].join('\n'));
      };
      await page.getByRole('button', { name: 'Remove my phone' }).click().catch(failWith);
      await page.getByRole('button', { name: 'Send code', exact: true }).click({ timeout: 10_000 }).catch(failWith);
      await page.getByText('Code sent to +86 138****5678.').waitFor();
      await page.getByLabel('Verification code').fill('123456');
      await page.getByRole('button', { name: 'Remove phone', exact: true }).click();
      await page.getByRole('heading', { name: 'Phone number removed' }).waitFor();
      await page.getByText('Host saw: 13812345678 removed').waitFor();
      const styled = await page.locator('dialog').evaluate((d) => getComputedStyle(d).borderRadius);
      if (styled !== '12px') problems.push(`styles.css not applied (border-radius ${styled})`);
      if (problems.length) throw new Error(problems.join('\n'));
    });

    for (const [name, scenario] of hostConditions) {
      await check(
        `host conditions: ${name}`,
        async () => {
          lookalike.reset();
          const context = await browser.newContext();
          const page = await context.newPage();
          const problems = [];
          page.on('pageerror', (error) => problems.push(String(error)));
          // The browser's own line for a failed request is the fault a scenario set up, not the kit's.
          page.on('console', (message) => {
            const text = message.text();
            if (message.type() === 'error' && !text.startsWith('Failed to load resource')) problems.push(text);
          });
          const open = (query = '') => page.goto(`${url}conditions.html?api=${lookalike.url}${query}`);
          try {
            await scenario({ page, context, open, lookalike, problems });
            if (problems.length) throw new Error(`console errors or page errors:\n${problems.join('\n')}`);
          } finally {
            await context.close();
          }
        },
        { fatal: false },
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
} catch {
  // the failing check has printed its cause
}

lookalike.close();
const passed = results.filter(([, ok]) => ok).length;
// Five build-and-flow checks, then one per host condition; a step not reached counts as failed.
const expected = 5 + hostConditions.length;
const failed = expected - passed;
console.log(`host-app: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
