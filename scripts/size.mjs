// npm run size: the size check CI runs (no browser needed). Builds the dist, then a host page that
// renders the dialog with esbuild, Vite and webpack (code splitting on, peers external), and
// checks what the page carries (scripts/host-sizes.mjs). Ends with "size: N passed, N failed".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hostSizes, sizeChecks, sizeTable } from './host-sizes.mjs';

const root = resolve(import.meta.dirname, '..');
const peers = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).peerDependencies);

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
const hosts = await hostSizes(root, mkdtempSync(join(tmpdir(), 'upk-size-')), peers);

console.log('What a host page carries for UnbindPhoneDialog (code splitting on, peers external)');
for (const line of sizeTable(hosts)) console.log(line);
const checks = sizeChecks(hosts);
for (const { what, ok } of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
const passed = checks.filter((c) => c.ok).length;
console.log(`size: ${passed} passed, ${checks.length - passed} failed`);
process.exitCode = passed === checks.length ? 0 : 1;
