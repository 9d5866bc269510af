// npm run test:reader: what a real screen reader says. GNOME Orca reads the built Storybook in
// Firefox ESR and in Chromium through the platform's accessibility bus (AT-SPI), as it does for a
// person on Linux; xdotool presses the keys a person presses; what Orca would have spoken after
// each key step is compared with test/speech/__orca__/<browser>/<flow>.txt.
//
// Everything runs privately and is stopped at the end: Xvfb on a free display, a D-Bus session
// bus on a socket in a temporary folder, the AT-SPI bus, Orca with fresh preferences and
// test/reader/orca-customizations.py (which writes each utterance to a file and plays nothing),
// the browser, and a static server for storybook-static on 127.0.0.1.
//
//   npm run test:reader                 compare (builds the Storybook first)
//   npm run test:reader -- --update     write the transcripts anew (read the diff before committing)
//   READER_BROWSERS=firefox READER_FLOWS=open-from-trigger npm run test:reader
//
// Ends with `reader: N passed, N failed` (one per flow and browser) and exits non-zero on a failure.
// test/reader/README.md says what is compared, what is left out and why.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { flows } from '../test/reader/flows.mjs';
import { serveStatic } from './serve-static.mjs';

const root = join(import.meta.dirname, '..');
const baselines = join(root, 'test/speech/__orca__');
const update = process.argv.includes('--update');
const browsers = (process.env.READER_BROWSERS ?? 'firefox,chromium').split(',');
const only = process.env.READER_FLOWS?.split(',');
const counts = { passed: 0, failed: 0 };
const groups = [];
let work;

const finish = (message) => {
  if (message) console.log(message);
  for (const pid of groups.reverse()) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
  if (work) removeWork(work);
  console.log(`reader: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed || !counts.passed ? 1 : 0);
};
process.on('SIGINT', () => finish('reader: interrupted'));

/**
 * Removes the run's folder. A browser may have had D-Bus start xdg-document-portal, which mounts
 * a FUSE file system at $XDG_RUNTIME_DIR/doc and outlives the processes stopped above: seen once,
 * it made the removal throw (EISDIR) before the count line. Such mounts are let go first, and a
 * folder that still cannot go is said and left, not a crash.
 */
function removeWork(folder) {
  const mounts = readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1] ?? '')
    .filter((point) => point.startsWith(`${folder}/`));
  for (const point of mounts) spawnSync('umount', ['-l', point]);
  try {
    rmSync(folder, { recursive: true, force: true });
  } catch (error) {
    console.log(`reader: could not remove ${folder} (${error.code ?? error.message}); left in place`);
  }
}

// ---- What it needs -------------------------------------------------------------------------
const tools = {
  orca: 'orca (apt: orca python3-pyatspi)',
  Xvfb: 'Xvfb (apt: xvfb)',
  xdotool: 'xdotool (apt: xdotool)',
  'dbus-daemon': 'dbus-daemon (apt: dbus-daemon)',
  'firefox-esr': 'firefox-esr',
  chromium: 'chromium',
};
const lacking = Object.entries(tools).filter(([bin]) => spawnSync('which', [bin]).status !== 0);
const launcher = '/usr/libexec/at-spi-bus-launcher';
if (!existsSync(launcher)) lacking.push([launcher, 'at-spi2-core']);
if (lacking.length) {
  counts.failed = 1;
  finish(`reader: missing ${lacking.map(([, what]) => what).join(', ')} (.ci/run installs them)`);
}

const version = (bin, args) => spawnSync(bin, args, { encoding: 'utf8' }).stdout.trim().split('\n').at(-1) ?? '';
const versions = {
  orca: `Orca ${version('orca', ['--version']).replace(/^orca\s*/i, '')}`,
  firefox: version('firefox-esr', ['--version']),
  chromium: version('chromium', ['--version']).replace(/ built on.*/, ''),
};

// ---- The Storybook, served on 127.0.0.1 -----------------------------------------------------
if (!process.env.READER_NO_BUILD || !existsSync(join(root, 'storybook-static/iframe.html'))) {
  const built = spawnSync('npm', ['run', '--silent', 'build-storybook'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) {
    counts.failed = 1;
    finish(`${built.stdout}${built.stderr}\nreader: the Storybook did not build`);
  }
}
const site = await serveStatic(join(root, 'storybook-static'));

// ---- A private desktop: display, session bus, accessibility bus, Orca ------------------------
work = mkdtempSync(join(tmpdir(), 'upk-reader-'));
const speechLog = join(work, 'speech.log');
const env = { ...process.env };
for (const name of ['DBUS_SESSION_BUS_ADDRESS', 'AT_SPI_BUS_ADDRESS', 'WAYLAND_DISPLAY', 'DISPLAY']) delete env[name];
for (const dir of ['home', 'run', 'config', 'cache', 'data', 'prefs']) mkdirSync(join(work, dir), { mode: 0o700 });
Object.assign(env, {
  HOME: join(work, 'home'),
  XDG_RUNTIME_DIR: join(work, 'run'),
  XDG_CONFIG_HOME: join(work, 'config'),
  XDG_CACHE_HOME: join(work, 'cache'),
  XDG_DATA_HOME: join(work, 'data'),
  GNOME_ACCESSIBILITY: '1',
  NO_AT_BRIDGE: '0',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  UPK_ORCA_SPEECH: speechLog,
  DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(work, 'bus')}`,
});
writeFileSync(speechLog, '');

/** Starts a program in its own process group (stopped with the group at the end). */
function start(bin, args, options = {}) {
  const child = spawn(bin, args, { env, detached: true, stdio: 'ignore', ...options });
  groups.push(child.pid);
  return child;
}

async function until(what, test, seconds = 20) {
  for (let waited = 0; waited < seconds * 10; waited += 1) {
    if (await test()) return;
    await sleep(100);
  }
  throw new Error(`${what} within ${seconds} s`);
}

try {
  // Xvfb picks a free display and writes its number to fd 3 once it accepts clients.
  const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  env.DISPLAY = await new Promise((resolve, reject) => {
    xvfb.stdio[3].on('data', (data) => resolve(`:${String(data).trim()}`));
    xvfb.on('exit', () => reject(new Error('Xvfb stopped before it gave a display')));
  });
  start('dbus-daemon', ['--session', '--nofork', `--address=${env.DBUS_SESSION_BUS_ADDRESS}`]);
  await until('no session bus', () => existsSync(join(work, 'bus')));
  start(launcher, ['--launch-immediately']);
  const busArgs = ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress'];
  await until('no accessibility bus', () => spawnSync('dbus-send', busArgs, { env }).status === 0);
  copyFileSync(join(root, 'test/reader/orca-customizations.py'), join(work, 'prefs/orca-customizations.py'));
  // Orca will not start while another Orca of this user runs (one that is still exiting, say).
  await until(
    'another Orca is running',
    () => spawnSync('pgrep', ['-x', '-u', String(process.getuid()), 'orca']).status !== 0,
  );
  const orcaLog = openSync(join(work, 'orca.log'), 'w');
  start('orca', ['-u', join(work, 'prefs')], { stdio: ['ignore', orcaLog, orcaLog] });
  await until('Orca said nothing', () => readFileSync(speechLog, 'utf8').length > 0, 30).catch((error) => {
    throw new Error(
      `${error.message}: ${readFileSync(join(work, 'orca.log'), 'utf8').trim().split('\n').slice(-3).join(' / ')}`,
    );
  });
} catch (error) {
  counts.failed = 1;
  finish(`reader: the desktop did not start: ${error.message}`);
}

// ---- Speech -----------------------------------------------------------------------------------
let heard = 0;
/** What Orca said since the last call: one string per utterance. */
function speechSince() {
  const lines = readFileSync(speechLog, 'utf8').split('\n').filter(Boolean);
  const fresh = lines.slice(heard);
  heard = lines.length;
  return fresh
    .map((line) => line.split('\t')[1] ?? '')
    .map((text) => text.match(/^SPEECH OUTPUT: '(.*)'(?: voice=\S+)?$/)?.[1] ?? text)
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
const lineCount = () => readFileSync(speechLog, 'utf8').split('\n').filter(Boolean).length;

/** Waits until Orca has been quiet for `quietMs` (at most `seconds` in all). */
async function settle(quietMs = 1500, seconds = 12) {
  let last = lineCount();
  let quietSince = Date.now();
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    await sleep(100);
    const now = lineCount();
    if (now !== last) [last, quietSince] = [now, Date.now()];
    else if (Date.now() - quietSince >= quietMs) return;
  }
}

const xdotool = (...args) => spawnSync('xdotool', args, { env, encoding: 'utf8' });

// ---- Browsers ---------------------------------------------------------------------------------
const firefoxProfile = join(work, 'firefox');
mkdirSync(firefoxProfile);
// A quiet first start: no welcome page, no default-browser question, nothing fetched, a11y on.
writeFileSync(
  join(firefoxProfile, 'user.js'),
  Object.entries({
    'accessibility.force_disabled': -1,
    'browser.shell.checkDefaultBrowser': false,
    'browser.aboutwelcome.enabled': false,
    'browser.startup.homepage_override.mstone': '"ignore"',
    'browser.startup.page': 0,
    'browser.newtabpage.enabled': false,
    'browser.sessionstore.resume_from_crash': false,
    'browser.translations.enable': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.enabled': false,
    'app.normandy.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
  })
    .map(([name, value]) => `user_pref("${name}", ${value});\n`)
    .join(''),
);

function launch(browser, url) {
  if (browser === 'firefox')
    return start('firefox-esr', ['--no-remote', '--new-instance', '--profile', firefoxProfile, url]);
  return start('chromium', [
    '--no-sandbox',
    `--user-data-dir=${join(work, 'chromium')}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--force-renderer-accessibility',
    '--disable-features=Translate,MediaRouter,OptimizationHints',
    '--password-store=basic',
    '--window-position=0,0',
    '--window-size=1280,1000',
    url,
  ]);
}

async function stop(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {}
  await until('the browser did not stop', () => child.exitCode !== null || child.signalCode !== null, 10).catch(() =>
    process.kill(-child.pid, 'SIGKILL'),
  );
  groups.splice(groups.indexOf(child.pid), 1);
}

/** One flow in one browser: the transcript of its key steps, the page-load block left out. */
async function record(browser, flow) {
  const url = new URL('iframe.html', site.url);
  // A flow's story args: one string for both browsers, or one per browser.
  const args = typeof flow.args === 'object' ? flow.args[browser] : flow.args;
  url.search = new URLSearchParams({ id: flow.story, viewMode: 'story', ...(args && { args }) });
  heard = lineCount();
  const child = launch(browser, url.href);
  try {
    const windowClass = browser === 'firefox' ? 'firefox' : 'chromium';
    await until('no browser window', () => xdotool('search', '--onlyvisible', '--class', windowClass).status === 0, 60);
    const window = xdotool('search', '--onlyvisible', '--class', windowClass).stdout.trim().split('\n').at(-1);
    xdotool('windowfocus', '--sync', window);
    // Orca says "Finished loading <title>" when the document is ready; the story then renders
    // (the mock worker starts, the dialog opens and reads the account). All of that is the
    // page-load block, which varies from run to run (README): it is not compared.
    await until(
      'Orca never said the page finished loading',
      () => readFileSync(speechLog, 'utf8').includes('Finished loading'),
      60,
    );
    await settle(2500, 30);
    speechSince();
    const steps = [];
    for (const step of flow.steps) {
      const [kind, ...rest] = step.split(':');
      const arg = rest.join(':');
      if (kind === 'key') xdotool('key', '--clearmodifiers', arg);
      else if (kind === 'type') xdotool('type', '--delay', '100', arg);
      else if (kind === 'wait') await sleep(Number(arg) * 1000);
      else throw new Error(`unknown step ${step}`);
      await settle();
      // Within one step, a live region and the focus move race each other: sorted.
      // Orca's word for focus leaving a landmark, and its naming of the document as focus passes
      // through it (the trigger blurred before the dialog opens, Escape), come or not with how
      // fast it followed the focus; they say nothing of the dialog, so they are left out.
      const said = speechSince().filter(
        (line) =>
          !/^leaving (region|form)\.$/.test(line) &&
          !/^[\w-]+ document web( selected)?\.$/.test(line) &&
          !flow.ignore?.(line, browser),
      );
      const lines = said.map(flow.mask ?? ((line) => line)).sort();
      // A line a flow marks as said once or twice (`once`) counts once.
      steps.push([`## ${step}`, ...lines.filter((line, i) => !(flow.once?.(line, browser) && lines[i - 1] === line))]);
    }
    return steps.flat().join('\n');
  } finally {
    await stop(child);
  }
}

const header = (browser, flow) =>
  `# ${flow.name}: ${flow.about}\n# ${versions.orca}, ${versions[browser]}; the page-load block is left out\n`;
const body = (text) =>
  text
    .split('\n')
    .filter((line) => !line.startsWith('# '))
    .join('\n')
    .trim();

for (const browser of browsers) {
  for (const flow of flows.filter((f) => !only || only.includes(f.name))) {
    const file = join(baselines, browser, `${flow.name}.txt`);
    const started = Date.now();
    let got;
    let attempts = 0;
    try {
      // A real reader on a loaded machine can miss its own deadline once: one more try, never more.
      for (;;) {
        attempts += 1;
        got = await record(browser, flow);
        if (update || !existsSync(file) || body(readFileSync(file, 'utf8')) === got || attempts === 2) break;
        console.log(`… ${browser} ${flow.name}: heard otherwise on the first try, trying once more:\n${got}`);
      }
    } catch (error) {
      counts.failed += 1;
      console.log(`✗ ${browser} ${flow.name}: ${error.message}`);
      continue;
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    if (update) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${header(browser, flow)}${got}\n`);
      counts.passed += 1;
      console.log(`✓ ${browser} ${flow.name} written (${seconds} s)`);
    } else if (existsSync(file) && body(readFileSync(file, 'utf8')) === got) {
      counts.passed += 1;
      console.log(`✓ ${browser} ${flow.name} (${seconds} s${attempts > 1 ? ', second try' : ''})`);
    } else {
      counts.failed += 1;
      const expected = existsSync(file)
        ? body(readFileSync(file, 'utf8'))
        : '(no transcript: npm run test:reader -- --update)';
      console.log(`✗ ${browser} ${flow.name} (${seconds} s)\n--- expected\n${expected}\n--- heard\n${got}`);
    }
  }
}
site.close();
finish();
