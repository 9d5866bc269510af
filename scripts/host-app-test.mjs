// The kit as users get it: pack the tarball once, then for each host app of the matrix install it
// with its peers (plain `npm install`, no --legacy-peer-deps), type-check and build the app, serve
// it, and go through it in headless Chromium. The Vite apps (React 19 and React 18.3) run the
// drop-in flow under a strict Content-Security-Policy and the host conditions against an Authing
// look-alike over HTTP on 127.0.0.1 (test/host-app/conditions.mjs). Prints one line:
// `host-app: N passed, N failed`; a step an app never reached counts as failed.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
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

/**
 * A CodeInput rendered on the server turns full-width digits into digits once hydrated: typed
 * until it does (hydration may come after the page shows), at most 10 s.
 */
async function expectHydrated(input) {
  const until = Date.now() + 10_000;
  for (;;) {
    await input.fill('１２３４');
    const value = await input.inputValue();
    if (value === '1234') return;
    if (Date.now() > until) throw new Error(`the server-rendered CodeInput did not hydrate: "${value}"`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/**
 * A server-rendered host page (Next.js, React Router) against the look-alike: the kit's output
 * from the server, a CodeInput rendered there and hydrated (`label`), then the drop-in flow, with
 * no console error or warning (a hydration mismatch among them).
 */
async function serverRenderedFlow(url, label) {
  lookalike.reset();
  const context = await browser.newContext();
  const { page, problems } = await openPage(context);
  try {
    await page.goto(`${url}/?api=${lookalike.url}`);
    await page.getByText('Server rendered: +86 138****5678').waitFor();
    await page.getByText('Server rendered: 解绑手机号').waitFor();
    await expectHydrated(page.getByLabel(label));
    await dropInFlow(page, { phone: '+86 138****0001', hostSaw: 'Host saw: 13800000001 removed' });
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await context.close();
  }
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
      `install the tarball with its peers (react ${react.react}, msw ${react.msw ?? version('msw')})`,
      () => {
        setUpHost('test/host-app', app, {
          versions: react,
          tools: ['vite', '@vitejs/plugin-react', 'typescript', '@types/react', '@types/react-dom'],
        });
        const installed = JSON.parse(readFileSync(join(app, 'node_modules/react/package.json'), 'utf8')).version;
        if (!installed.startsWith(react.react.replace(/^\^/, '').split('.')[0])) {
          throw new Error(`react ${installed} installed, not ${react.react}`);
        }
      },
    ],
    ['type-checks against the published types', () => run('npx', ['tsc', '-p', '.'], app)],
    [
      'renders on a server (react-dom/server in Node, development mode) with no warning',
      () =>
        execFileSync('node', ['ssr.mjs'], {
          cwd: app,
          env: { ...process.env, NODE_ENV: 'development' },
          stdio: ['ignore', 'pipe', 'pipe'],
          encoding: 'utf8',
        }),
    ],
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

/**
 * Copies a host app from test/ and gives it a package.json: the packed kit, our peers (at the
 * versions we develop with, unless `versions` says otherwise), and the extra packages it names.
 */
function setUpHost(from, app, { versions = {}, dependencies = {}, tools = [], module = true, omit = [] }) {
  cpSync(join(root, from), app, { recursive: true });
  const pick = (name) => [name, versions[name] ?? version(name)];
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: `host-${basename(app)}`,
      private: true,
      ...(module ? { type: 'module' } : {}),
      dependencies: Object.fromEntries([
        ['unbind-phone-kit', `file:${tarball}`],
        ...Object.keys(ours.peerDependencies)
          .filter((name) => !omit.includes(name))
          .map(pick),
        ...Object.entries(dependencies),
      ]),
      devDependencies: Object.fromEntries(tools.map((tool) => (Array.isArray(tool) ? tool : pick(tool)))),
    }),
  );
  install(app);
}

/** A free port on 127.0.0.1 (asked of the OS, then released for the server that takes it). */
async function freePort() {
  const { createServer } = await import('node:net');
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

/** test/host-app-next: Next.js App Router, built and started as in production. */
function nextApp() {
  const label = 'next-app-router';
  const app = join(work, label);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  let server;
  let url;
  const list = [
    [
      'install the tarball with its peers and Next.js',
      () =>
        setUpHost('test/host-app-next', app, {
          dependencies: { next: '^16.4.0' },
          tools: ['typescript', '@types/react', '@types/react-dom', '@types/node'],
          module: false,
        }),
    ],
    [
      'next build (server components and a route handler import unbind-phone-kit/core)',
      () =>
        execFileSync('npx', ['next', 'build'], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' }),
    ],
    ['type-checks against the published types', () => run('npx', ['tsc', '-p', '.'], app)],
    [
      'next start',
      async () => {
        const port = await freePort();
        url = `http://127.0.0.1:${port}`;
        server = await startServer(['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: app, env, url });
      },
    ],
    soft('a route handler answers with the kit error type', async () => {
      const answer = await (await fetch(`${url}/api/check`)).json();
      // 17 kinds: the 12 of the phone flow, the email step's email-taken and invalid-email, and
      // changing the number's same-phone, phone-taken and current-code-required.
      const expected = { kinds: 17, kind: 'rate-limited', wait: 42 };
      if (JSON.stringify(answer) !== JSON.stringify(expected)) throw new Error(`got ${JSON.stringify(answer)}`);
    }),
    soft('server-rendered kit output, then the flow in a client component, with no hydration warning', async () => {
      await serverRenderedFlow(url, 'A code input rendered from a server component');
    }),
  ];
  return {
    label,
    list,
    close: () => stopServer(server),
  };
}

/** Starts a host's production server (`npx …`, in its own process group) and waits until `url` answers. */
async function startServer(args, { cwd, env, url }) {
  const server = spawn('npx', args, { cwd, env, stdio: 'ignore', detached: true });
  const until = Date.now() + 30_000;
  for (;;) {
    const up = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return server;
    if (Date.now() > until) {
      stopServer(server);
      throw new Error(`${args.join(' ')} did not answer within 30 s`);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** Ends a server of startServer and every process it started. */
function stopServer(server) {
  if (!server?.pid) return;
  try {
    process.kill(-server.pid);
  } catch {}
}

/**
 * test/host-app-react-router: React Router 7 in framework mode, built and served as in production:
 * a loader on the server with unbind-phone-kit/core, a kit component rendered on the server and
 * hydrated with no warning, then the flow in Chromium against the Authing look-alike.
 */
function reactRouterApp() {
  const label = 'react-router-7';
  const app = join(work, label);
  // One version for every React Router package: each pins its peers to its own version.
  const reactRouter = '7.18.4';
  let server;
  let url;
  const list = [
    [
      `install the tarball with its peers and React Router ${reactRouter}`,
      () =>
        setUpHost('test/host-app-react-router', app, {
          omit: ['msw'],
          dependencies: {
            'react-router': reactRouter,
            '@react-router/node': reactRouter,
            '@react-router/serve': reactRouter,
            isbot: '^5.1.0',
          },
          tools: [
            ['@react-router/dev', reactRouter],
            'vite',
            'typescript',
            '@types/react',
            '@types/react-dom',
            '@types/node',
          ],
        }),
    ],
    ['react-router build (server and client)', () => run('npx', ['react-router', 'build'], app)],
    [
      'type-checks against the published types (with the route types React Router generates)',
      () => {
        run('npx', ['react-router', 'typegen'], app);
        run('npx', ['tsc', '-p', '.'], app);
      },
    ],
    [
      'react-router-serve',
      async () => {
        const port = await freePort();
        url = `http://127.0.0.1:${port}`;
        const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' };
        server = await startServer(['react-router-serve', './build/server/index.js'], { cwd: app, env, url });
      },
    ],
    soft('a loader on the server answers with the kit error type and the phone display', async () => {
      const answer = await (await fetch(`${url}/core`)).json();
      // The phone display joins the country code to the number with a no-break space.
      const expected = { kinds: 17, kind: 'rate-limited', wait: 42, phone: '+86\u00a0138****5678' };
      if (JSON.stringify(answer) !== JSON.stringify(expected)) throw new Error(`got ${JSON.stringify(answer)}`);
    }),
    soft('server-rendered, hydrated with no warning, then the flow in Chromium', async () => {
      await serverRenderedFlow(url, 'A code input rendered on the server');
    }),
  ];
  return { label, list, close: () => stopServer(server) };
}

/** test/host-app-tailwind: Tailwind v4 utilities restyle the dialog, in both stylesheet orders. */
function tailwindApp() {
  const label = 'vite-tailwind4';
  const app = join(work, label);
  let server;
  const restyled = (page) =>
    page.evaluate(() => {
      const style = (selector) => getComputedStyle(document.querySelector(selector));
      const theme = (value) => {
        document.documentElement.dataset.theme = value;
        return style('.upk-description').color;
      };
      const dialog = style('dialog');
      const probe = style('[data-probe]');
      const cancel = style('.upk-actions .upk-button');
      return {
        // A Tailwind utility passed in className wins over the kit.
        utilityRadius: dialog.borderTopLeftRadius === probe.borderTopLeftRadius,
        utilityBackground: dialog.backgroundColor === probe.backgroundColor,
        utilityFont: dialog.fontFamily === probe.fontFamily,
        // The host's unlayered rule wins.
        hostRule: style('.upk-title').letterSpacing !== 'normal',
        // Preflight does not undo the kit: buttons keep their padding and border.
        keepsLook: cancel.paddingLeft === '16px' && cancel.borderTopWidth === '1px',
        // A custom property set on an ancestor (a Tailwind arbitrary property) reaches the kit.
        ancestorProperty: cancel.borderTopLeftRadius,
        // light-dark() survived the host's build: the muted text in each theme.
        light: theme('light'),
        dark: theme('dark'),
      };
    });
  const list = [
    [
      'install the tarball with its peers, Tailwind v4 and Vite',
      () =>
        setUpHost('test/host-app-tailwind', app, {
          tools: [
            'vite',
            '@vitejs/plugin-react',
            'typescript',
            '@types/react',
            '@types/react-dom',
            ['tailwindcss', '^4.3.0'],
            ['@tailwindcss/vite', '^4.3.0'],
          ],
        }),
    ],
    ['type-checks (styles.css imported under noUncheckedSideEffectImports)', () => run('npx', ['tsc', '-p', '.'], app)],
    [
      'builds',
      async () => {
        run('npx', ['vite', 'build', '--logLevel', 'error'], app);
        server = await serveStatic(join(app, 'dist'));
      },
    ],
    ...['kit-first', 'tailwind-first'].map((order) =>
      soft(`${order}: utilities and host rules win, preflight does not undo the kit, both themes`, async () => {
        lookalike.reset();
        const context = await browser.newContext();
        const { page, problems } = await openPage(context);
        try {
          await page.goto(`${server.url}${order}.html?api=${lookalike.url}`);
          await page.getByRole('button', { name: 'Remove my phone' }).click();
          await page.getByText('Remove +86 138****0001 from your account').waitFor();
          const seen = await restyled(page);
          const expected = {
            utilityRadius: true,
            utilityBackground: true,
            utilityFont: true,
            hostRule: true,
            keepsLook: true,
            ancestorProperty: '3px',
            light: 'rgb(91, 100, 112)',
            dark: 'rgb(163, 172, 185)',
          };
          if (JSON.stringify(seen) !== JSON.stringify(expected)) {
            problems.push(`computed ${JSON.stringify(seen)}\nexpected ${JSON.stringify(expected)}`);
          }
          if (problems.length) throw new Error(problems.join('\n'));
        } finally {
          await context.close();
        }
      }),
    ),
  ];
  return { label, list, close: () => server?.close() };
}

/**
 * test/host-app-vitest: a host's own unit test of a page with the dialog, in jsdom and in happy-dom,
 * with Testing Library and user-event, no set-up for the dialog, and no msw installed.
 */
function vitestApp() {
  const label = 'vitest-dom';
  const app = join(work, label);
  const list = [
    [
      'install the tarball with its peers but msw, and Vitest, jsdom, happy-dom, Testing Library',
      () =>
        setUpHost('test/host-app-vitest', app, {
          omit: ['msw'],
          tools: [
            'vitest',
            'jsdom',
            'happy-dom',
            '@testing-library/react',
            '@testing-library/dom',
            '@testing-library/user-event',
            '@testing-library/jest-dom',
          ],
        }),
    ],
    ...['jsdom', 'happy-dom'].map((environment) => [
      `Vitest in ${environment}: the host's test of the dialog passes, with no polyfill and no msw`,
      () => run('npx', ['vitest', 'run', '--environment', environment], app),
    ]),
  ];
  return { label, list, close: () => {} };
}

/**
 * test/host-app-jest: the same kind of test with Jest 30 in jsdom, compiled by babel-jest as Jest's
 * guide sets it up, with no config for the kit: Jest loads the kit's CommonJS build (`require`).
 */
function jestApp() {
  const label = 'jest-jsdom';
  const app = join(work, label);
  const list = [
    [
      'install the tarball with its peers but msw, and Jest 30, jest-environment-jsdom, Babel, Testing Library',
      () => {
        setUpHost('test/host-app-jest', app, {
          omit: ['msw'],
          module: false,
          tools: [
            ['jest', '^30.5.0'],
            ['jest-environment-jsdom', '^30.5.0'],
            ['babel-jest', '^30.5.0'],
            ['@babel/core', '^7.28.0'],
            ['@babel/preset-env', '^7.28.0'],
            ['@babel/preset-react', '^7.27.0'],
            '@testing-library/react',
            '@testing-library/dom',
            '@testing-library/user-event',
            '@testing-library/jest-dom',
          ],
        });
        // The Vitest host's test file, unchanged: one test, two runners.
        cpSync(join(root, 'test/host-app-vitest/dialog.test.jsx'), join(app, 'dialog.test.jsx'));
      },
    ],
    [
      "Jest in jsdom: the host's test of the dialog passes, with no polyfill, no transform of the kit, no msw",
      () => {
        // Jest reports on stderr; a console.error or warn of the page fails the step too.
        const result = spawnSync('npx', ['jest', '--ci'], { cwd: app, encoding: 'utf8', env: process.env });
        const said = `${result.stdout}${result.stderr}`;
        if (result.status !== 0 || /console\.(error|warn)/.test(said)) throw new Error(said);
      },
    ],
  ];
  return { label, list, close: () => {} };
}

const apps = [
  viteApp('vite-react19', { react: version('react') }),
  // React 18.3, and msw 3 for the /testing subpath (the React 19 app has msw 2): both majors run.
  viteApp('vite-react18', {
    msw: '^3.0.0',
    react: '^18.3.0',
    'react-dom': '^18.3.0',
    '@types/react': '^18.3.0',
    '@types/react-dom': '^18.3.0',
  }),
  nextApp(),
  tailwindApp(),
  vitestApp(),
  jestApp(),
  reactRouterApp(),
].filter((app) => !process.env.HOST_APPS || process.env.HOST_APPS.split(',').includes(app.label));
const total = 3 + apps.reduce((sum, app) => sum + app.list.length, 0);

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
    [
      "dist/index.js and index.cjs begin with 'use client'; nothing under dist/core.js imports React",
      () => {
        for (const file of ['dist/index.js', 'dist/index.cjs']) {
          const first = readFileSync(join(root, file), 'utf8').split('\n')[0];
          if (!/^["']use client["'];$/.test(first)) throw new Error(`${file} begins with ${first}`);
        }
        const seen = new Set();
        const walk = (file) => {
          if (seen.has(file)) return;
          seen.add(file);
          for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from\s+"([^"]+)"/g)) {
            if (specifier.startsWith('.')) walk(join(file, '..', specifier));
            else if (!specifier.startsWith('zod')) throw new Error(`${file} imports ${specifier}`);
          }
        };
        walk(join(root, 'dist/core.js'));
      },
    ],
    [
      "no install script: a host's plain npm install of the tarball warns of none",
      () => {
        const dir = join(work, 'plain-install');
        mkdirSync(dir);
        writeFileSync(join(dir, 'package.json'), '{ "name": "plain-install", "private": true }');
        // Default log level: npm 11 prints its install-scripts warning there.
        const result = spawnSync(
          'npm',
          ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--legacy-peer-deps'],
          { cwd: dir, encoding: 'utf8', env: process.env },
        );
        const said = `${result.stdout}${result.stderr}`;
        if (result.status !== 0 || /install-scripts|install script/i.test(said)) throw new Error(said);
        const { scripts = {} } = JSON.parse(
          readFileSync(join(dir, 'node_modules/unbind-phone-kit/package.json'), 'utf8'),
        );
        const hooks = ['preinstall', 'install', 'postinstall', 'prepare'].filter((name) => name in scripts);
        if (hooks.length) throw new Error(`the package has ${hooks.join(', ')}`);
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
