// The kit as users get it: pack the tarball once, then for each host app of the matrix install it
// with its peers (plain `npm install`, no --legacy-peer-deps), type-check and build the app, serve
// it, and go through it in headless Chromium. The Vite apps (React 19 and React 18.3) run the
// drop-in flow under a strict Content-Security-Policy and the host conditions against an Authing
// look-alike over HTTP on 127.0.0.1 (test/host-app/conditions.mjs). Prints one line:
// `host-app: N passed, N failed`; a step an app never reached counts as failed.
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
const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = (name) => ours.devDependencies[name];
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: process.env });
const install = (dir) =>
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
const csp = "default-src 'self'";

let passed = 0;
let failed = 0;
/** Runs steps in order; after a failure, the steps left are counted as failed, not reached. */
async function steps(label, list) {
  for (const [index, [name, body]] of list.entries()) {
    const title = `${label}: ${name}`;
    try {
      await body();
      passed += 1;
      console.log(`  ✓ ${title}`);
    } catch (error) {
      failed += 1;
      console.log(`  × ${title}\n${String(error?.stderr || error?.stdout || error?.stack || error).slice(0, 4000)}`);
      if (list[index].fatal !== false) {
        for (const [rest] of list.slice(index + 1)) {
          failed += 1;
          console.log(`  × ${label}: ${rest} (not reached)`);
        }
        return false;
      }
    }
  }
  return true;
}
/** A step whose failure does not stop the ones after it. */
const soft = (name, body) => Object.assign([name, body], { fatal: false });

/** A page with console errors and page errors collected (not the browser's own failed-request lines). */
async function openPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    const text = message.text();
    if (['error', 'warning'].includes(message.type()) && !text.startsWith('Failed to load resource')) {
      problems.push(`${message.type()}: ${text}`);
    }
  });
  return { page, problems };
}

/** The drop-in flow, as a person goes through it; `expect` names what the host shows after. */
async function dropInFlow(page, { phone = '+86 138****5678', hostSaw } = {}) {
  await page.getByRole('button', { name: 'Remove my phone' }).click();
  await page.getByRole('button', { name: 'Send code', exact: true }).click({ timeout: 10_000 });
  await page.getByText(`Code sent to ${phone}.`).waitFor();
  await page.getByLabel('Verification code').fill('123456');
  await page.getByRole('button', { name: 'Remove phone', exact: true }).click();
  await page.getByRole('heading', { name: 'Phone number removed' }).waitFor();
  if (hostSaw) await page.getByText(hostSaw).waitFor();
}

const lookalike = await startAuthingLookalike();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
let tarball;

/** test/host-app (Vite) on a React version: the drop-in flow under a strict CSP, then the host conditions. */
function viteApp(label, react) {
  const app = join(work, label);
  let server;
  const list = [
    [
      `install the tarball with its peers (react ${react.react})`,
      () => {
        cpSync(join(root, 'test/host-app'), app, { recursive: true });
        const peers = Object.keys(ours.peerDependencies).map((p) => [p, react[p] ?? version(p)]);
        const tools = ['vite', '@vitejs/plugin-react', 'typescript', '@types/react', '@types/react-dom'];
        writeFileSync(
          join(app, 'package.json'),
          JSON.stringify({
            name: `host-${label}`,
            private: true,
            type: 'module',
            dependencies: Object.fromEntries([['unbind-phone-kit', `file:${tarball}`], ...peers]),
            devDependencies: Object.fromEntries(tools.map((p) => [p, react[p] ?? version(p)])),
          }),
        );
        install(app);
        const installed = JSON.parse(readFileSync(join(app, 'node_modules/react/package.json'), 'utf8')).version;
        if (!installed.startsWith(react.react.replace(/^\^/, '').split('.')[0])) {
          throw new Error(`react ${installed} installed, not ${react.react}`);
        }
      },
    ],
    ['type-checks against the published types', () => run('npx', ['tsc', '-p', '.'], app)],
    [
      'builds',
      async () => {
        run('npx', ['vite', 'build', '--logLevel', 'error'], app);
        cpSync(join(app, 'node_modules/msw/lib/mockServiceWorker.js'), join(app, 'dist/mockServiceWorker.js'));
        // The conditions page talks to the look-alike on its own origin, as an app talks to Authing.
        server = await serveStatic(join(app, 'dist'), {
          'content-security-policy': `${csp}; connect-src 'self' ${lookalike.url}`,
        });
      },
    ],
    soft(`the whole flow in Chromium under "${csp}", with no console error or warning`, async () => {
      const context = await browser.newContext();
      const { page, problems } = await openPage(context);
      try {
        await page.goto(server.url);
        await dropInFlow(page, { hostSaw: 'Host saw: 13812345678 removed' });
        const radius = await page.locator('dialog').evaluate((d) => getComputedStyle(d).borderRadius);
        if (radius !== '12px') problems.push(`styles.css not applied (border-radius ${radius})`);
        if (problems.length) throw new Error(problems.join('\n'));
      } finally {
        await context.close();
      }
    }),
    ...hostConditions.map(([name, scenario]) =>
      soft(`host conditions: ${name}`, async () => {
        lookalike.reset();
        const context = await browser.newContext();
        const { page, problems } = await openPage(context);
        const open = (query = '') => page.goto(`${server.url}conditions.html?api=${lookalike.url}${query}`);
        try {
          await scenario({ page, context, open, lookalike, problems });
          if (problems.length) throw new Error(`console or page errors:\n${problems.join('\n')}`);
        } finally {
          await context.close();
        }
      }),
    ),
  ];
  return { label, list, close: () => server?.close() };
}

const apps = [
  viteApp('vite-react19', { react: version('react') }),
  viteApp('vite-react18', {
    react: '^18.3.0',
    'react-dom': '^18.3.0',
    '@types/react': '^18.3.0',
    '@types/react-dom': '^18.3.0',
  }),
];
const total = 1 + apps.reduce((sum, app) => sum + app.list.length, 0);

try {
  const packed = await steps('package', [
    [
      'npm run build, then npm pack',
      () => {
        run('npm', ['run', 'build'], root);
        tarball = join(
          work,
          run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop(),
        );
      },
    ],
  ]);
  for (const app of apps) {
    if (!packed) {
      failed += app.list.length;
      continue;
    }
    try {
      await steps(app.label, app.list);
    } finally {
      app.close();
    }
  }
} finally {
  await browser.close();
  lookalike.close();
}

if (passed + failed !== total) failed = total - passed;
console.log(`host-app: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
