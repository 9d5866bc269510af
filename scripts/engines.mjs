// npm run test:engines: the hook, component and story tests in the other engines, headless.
// Firefox today (Debian's Firefox ESR over Playwright's WebDriver BiDi); WebKit is not wired yet
// (issue 13). Ends with one line: `engines: firefox N passed, N failed`, and exits non-zero on
// any failure. test/engines/README.md says what the tools need and which tests stay Chromium-only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vitestCounts } from './vitest-counts.mjs';

const firefox = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
const results = [];

function runEngine(engine, binary, projects) {
  if (!existsSync(binary)) {
    console.log(`${engine}: ${binary} is missing (apt-get install firefox-esr, or set FIREFOX_PATH)`);
    results.push([engine, 0, 1]);
    return;
  }
  const report = join(mkdtempSync(join(tmpdir(), `upk-${engine}-`)), 'report.json');
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p])];
  spawnSync('npx', [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    stdio: 'inherit',
    env: { ...process.env, UPK_ENGINE: engine },
  });
  results.push([engine, ...vitestCounts(report)]);
}

runEngine('firefox', firefox, ['browser-firefox', 'storybook-firefox']);

console.log(`engines: ${results.map(([engine, p, f]) => `${engine} ${p} passed, ${f} failed`).join('; ')}`);
process.exit(results.every(([, , f]) => f === 0) && results.every(([, p]) => p > 0) ? 0 : 1);
