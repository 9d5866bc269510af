// Run by scripts/engines.mjs before the engines' tests (not an install script: it would ship in
// the package, and every host's npm install would warn of it). Playwright 1.65.1 drives Firefox over
// WebDriver BiDi, and on every new page it sends `emulation.setMediaFeaturesOverride` (for
// colorScheme emulation), which Debian's Firefox ESR 153 does not know: the page fails to open
// with "unknown command". This makes that one call tolerate "unknown command", so Firefox runs
// without colour-scheme emulation (our colour-scheme tests stay Chromium-only, see
// test/engines/README.md). Pinned: on any other playwright-core version it changes nothing and
// says so, because the code it patches may have moved (or the fix may be upstream).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const pinned = '1.65.1';
const marker = '/* unbind-phone-kit: tolerate unknown setMediaFeaturesOverride */';
const require = createRequire(import.meta.url);

let root;
try {
  root = dirname(require.resolve('playwright-core/package.json'));
} catch {
  process.exit(0); // not installed (a production install): nothing to patch
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (version !== pinned) {
  console.log(`patch-playwright-bidi: playwright-core ${version}, not ${pinned}: left as it is`);
  process.exit(0);
}
const file = join(root, 'lib/coreBundle.js');
const source = readFileSync(file, 'utf8');
if (source.includes(marker)) process.exit(0);

const calls = [
  'await this._session.send("emulation.setMediaFeaturesOverride", {',
  'await this._browser._browserSession.send("emulation.setMediaFeaturesOverride", {',
];
let patched = source;
for (const call of calls) {
  const at = patched.indexOf(call);
  if (at < 0) throw new Error(`patch-playwright-bidi: "${call}" not found in playwright-core ${version}`);
  const end = patched.indexOf('});', at) + '});'.length;
  const statement = patched.slice(at, end);
  patched = `${patched.slice(0, at)}${marker} try { ${statement} } catch (error) { if (!String(error).includes('unknown command')) throw error; }${patched.slice(end)}`;
}
writeFileSync(file, patched);
console.log(`patch-playwright-bidi: playwright-core ${version} patched`);
