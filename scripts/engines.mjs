// npm run test:engines: the hook, component and story tests in the other two engines, headless.
// Firefox: Debian's Firefox ESR over Playwright's WebDriver BiDi. WebKit: WebKitGTK's MiniBrowser
// (Safari's engine) over the WebKitWebDriver this script starts under Xvfb, on 127.0.0.1, and
// stops at the end. Ends with one line
// `engines: firefox N passed, N failed; webkit N passed, N failed`, and exits non-zero on any
// failure. test/engines/README.md says what the tools need and which tests stay Chromium-only.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { vitestCounts } from './vitest-counts.mjs';

// Playwright's Firefox over BiDi needs one call tolerated (see the script): patched here, where it
// is needed, not by an install script that would ship in the package.
spawnSync('node', [join(import.meta.dirname, 'patch-playwright-bidi.mjs')], { stdio: 'inherit' });

const firefox = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
const webkitDriver = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const only = process.env.ENGINES?.split(',');
const results = [];

function missing(engine, what) {
  console.log(`${engine}: ${what} is missing (.ci/run installs it)`);
  results.push([engine, 0, 1]);
}

/**
 * Runs the engine's projects (hooks and components, stories, screenshots against the engine's
 * own baselines), one Vitest run each (WebKitWebDriver holds one session at a time, and Vitest
 * opens every project's browser at once), and adds up their counts. Arguments after `--` go to
 * every run: `npm run test:engines -- -u` redraws the engines' baselines (look at them first).
 */
function runEngine(engine, env = {}) {
  const total = [engine, 0, 0];
  const projectEnv = { ...env, UPK_ENGINE: engine };
  for (const project of [`browser-${engine}`, `storybook-${engine}`, `visual-${engine}`]) {
    let [passed, failed, status] = runProject(project, projectEnv);
    // An error outside any test ends the run without failing a test: a browser that would not
    // open, or one that died under the run (WebKitGTK's MiniBrowser once closed its connection in
    // the middle of a file, on a loaded machine, in a run whose next try passed). The project runs
    // once more; a second such end fails, as any failed test does at once.
    if (failed === 0 && status !== 0) {
      console.log(`${project}: the run ended with an error outside any test; running it once more`);
      [passed, failed, status] = runProject(project, projectEnv);
    }
    total[1] += passed;
    total[2] += failed || (status === 0 ? 0 : 1);
  }
  results.push(total);
}

/** One Vitest run of a project: [passed, failed, exit status]. */
function runProject(project, env) {
  const report = join(mkdtempSync(join(tmpdir(), `upk-${project}-`)), 'report.json');
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  return [...vitestCounts(report), run.status];
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** WebKitWebDriver on a free port of 127.0.0.1, inside its own Xvfb display (xvfb-run -a). */
async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1920x1080x24 -nolisten tcp', webkitDriver, `--port=${port}`, '--host=local'],
    { detached: true, stdio: 'ignore' },
  );
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {}
  };
  process.on('exit', stop);
  for (let i = 0; i < 100; i += 1) {
    try {
      const status = await (await fetch(`http://127.0.0.1:${port}/status`)).json();
      if (status.value?.ready) return { port, stop };
    } catch {}
    await sleep(100);
  }
  stop();
  throw new Error(`WebKitWebDriver did not answer on 127.0.0.1:${port} within 10 s`);
}

if (!only || only.includes('firefox')) {
  if (existsSync(firefox)) runEngine('firefox');
  else missing('firefox', `${firefox} (firefox-esr, or set FIREFOX_PATH)`);
}

if (!only || only.includes('webkit')) {
  const lacking = [webkitDriver, '/usr/bin/xvfb-run', '/usr/bin/xauth'].filter((file) => !existsSync(file));
  if (lacking.length) missing('webkit', lacking.join(', '));
  else {
    const driver = await startWebKitDriver();
    try {
      runEngine('webkit', { UPK_WEBKIT_PORT: String(driver.port) });
    } finally {
      driver.stop();
    }
  }
}

console.log(`engines: ${results.map(([engine, p, f]) => `${engine} ${p} passed, ${f} failed`).join('; ')}`);
process.exit(results.every(([, p, f]) => p > 0 && f === 0) ? 0 : 1);
