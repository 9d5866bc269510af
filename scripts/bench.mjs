// npm run bench: what the kit costs a host app, measured in one run on this machine, printed
// as tables. Sizes: esbuild bundles (minified, ESM) gzip -9 and brotli. Runtime: a production
// (profiling) React build of the dialog in headless Chromium.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright';
import { build as viteBuild } from 'vite';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { hostBundles, hostSource } from './host-bundlers.mjs';
import { changeHostSource, esbuildPage, hostSizes, sizeChecks, sizeTable } from './host-sizes.mjs';
import { pageAsOneFile } from './page-trial.mjs';
import { serveStatic } from './serve-static.mjs';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'upk-bench-'));
// Our peers, as package.json declares them: left as imports, as a host that has them bundles us.
const ourPeers = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).peerDependencies);
const reactOnly = ['react', 'react-dom'];

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });

async function weigh(name, source, external) {
  const entry = join(work, `${name.replace(/\W+/g, '-')}.tsx`);
  writeFileSync(entry, source);
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    jsx: 'automatic',
    logLevel: 'silent',
    absWorkingDir: root,
    nodePaths: [join(root, 'node_modules')],
    external: external.flatMap((id) => [id, `${id}/*`]),
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'empty' },
  });
  const code = result.outputFiles[0].contents;
  return {
    name,
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const dist = join(root, 'dist/index.js');
// One file, code splitting off: the page and what opening the dialog fetches, together.
const ours = await weigh(
  'ours: UnbindPhoneDialog, all of it',
  `export { UnbindPhoneDialog } from '${dist}';`,
  ourPeers,
);
const sizes = [
  ours,
  await weigh(
    'ours: dialog + createAuthingClient',
    `export { UnbindPhoneDialog, createAuthingClient } from '${dist}';`,
    ourPeers,
  ),
  await weigh(
    'ours: dialog + client + zhCN',
    `export { UnbindPhoneDialog, createAuthingClient, zhCN } from '${dist}';`,
    ourPeers,
  ),
  await weigh('ours: everything in the main entry', `export * from '${dist}';`, ourPeers),
];
const guard = await weigh('@authing/guard-react (Authing UI)', `export * from '@authing/guard-react';`, reactOnly);
const assembled = await weigh(
  'input-otp + @radix-ui/react-dialog',
  `export { OTPInput } from 'input-otp'; export * as Dialog from '@radix-ui/react-dialog';`,
  reactOnly,
);
const total = await weigh(
  'host with none of our peers: ours + react-query + react-hook-form + resolver + zod',
  `export { UnbindPhoneDialog, createAuthingClient } from '${dist}';`,
  reactOnly,
);
const mini = await weigh('our schemas with zod/mini', `export * from '${join(root, 'bench/mini-schemas.ts')}';`, []);
const classic = await weigh(
  'our schemas with classic zod',
  `export * from '${join(root, 'bench/classic-schemas.ts')}';`,
  [],
);

const kb = (bytes) => (bytes / 1024).toFixed(2);
const table = (title, rows, extra = () => '') => {
  console.log(`\n${title}`);
  console.log(`| what | min KB | gzip KB | brotli KB |${extra(null)}`);
  console.log(`| --- | ---: | ---: | ---: |${extra(null) ? ' ---: |' : ''}`);
  for (const row of rows)
    console.log(`| ${row.name} | ${kb(row.min)} | ${kb(row.gzip)} | ${kb(row.brotli)} |${extra(row)}`);
};

table(
  'Bundle size, one file (code splitting off), our peers external (react, react-query, react-hook-form, resolvers, zod)',
  sizes,
);
table('What a person would pick instead, react external', [ours, guard, assembled], (row) =>
  row === null ? ' ours / theirs (gzip) |' : ` ${row === ours ? '1' : (ours.gzip / row.gzip).toFixed(3)} |`,
);
table('A host app that has none of our peers (react external)', [total]);
table('zod vs zod/mini for our own schemas (zod bundled)', [mini, classic]);

// What a host page really carries, code splitting on, as three bundlers build it: the figure the
// size limit is about.
const split = await hostSizes(root, work, ourPeers);
console.log('\nWhat a host page carries for UnbindPhoneDialog, code splitting on, our peers external');
for (const line of sizeTable(split)) console.log(line);
const [unbindEs] = split;
const oneFile = await pageAsOneFile(root);
console.log(
  `What the page runs, as one file (scripts/page-trial.mjs): ${oneFile} B gzip; the split into files costs the esbuild page ${unbindEs.page - oneFile} B.`,
);
console.log(
  `Changing the number inside it: the step is ${unbindEs.openChange} B minified of the ${unbindEs.openMinified} B minified that opening the dialog fetches (esbuild); the page carries only the link.`,
);

// What the page is made of, by source file: the same host page built by esbuild from src/ (so each
// file of ours keeps its name), the minified bytes each puts in the files the page loads at start.
// Gzip does not split by file: the shares say where the bytes are; the table above, what they weigh.
const bySource = await esbuild({
  stdin: {
    contents: hostSource.replace("'unbind-phone-kit'", `'${join(root, 'src/index.ts')}'`),
    resolveDir: root,
    loader: 'js',
  },
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  outdir: join(work, 'by-source'),
  write: false,
  metafile: true,
  jsx: 'automatic',
  logLevel: 'silent',
  absWorkingDir: root,
  external: ourPeers.flatMap((id) => [id, `${id}/*`]),
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.css': 'empty' },
});
const shares = new Map();
for (const file of esbuildPage(bySource.metafile.outputs, '<stdin>'))
  for (const [input, { bytesInOutput }] of Object.entries(bySource.metafile.outputs[file].inputs))
    if (input.startsWith('src/') && bytesInOutput > 0) shares.set(input, (shares.get(input) ?? 0) + bytesInOutput);
// What a file is for: what the open dialog shows, what it does, or its words.
const kind = (file) => (/^src\/i18n\//.test(file) ? 'texts' : /\.tsx$|^src\/view\//.test(file) ? 'view' : 'logic');
const rows = [...shares].sort((a, b) => b[1] - a[1]);
const sum = (which) =>
  rows.filter(([file]) => !which || kind(file) === which).reduce((all, [, bytes]) => all + bytes, 0);
console.log('\nWhat the page is made of, by source file (esbuild from src/, minified bytes in the page)');
console.log('| file | what it is | min B |');
console.log('| --- | --- | ---: |');
for (const [file, bytes] of rows) console.log(`| ${file.slice(4)} | ${kind(file)} | ${bytes} |`);
console.log(`| all | view ${sum('view')}, logic ${sum('logic')}, texts ${sum('texts')} | ${sum()} |`);

// <ChangePhoneDialog> alone, from unbind-phone-kit/change: what a host that only changes numbers pays.
const change = await hostSizes(root, work, ourPeers, changeHostSource);
console.log('\nWhat a host page carries for ChangePhoneDialog alone (unbind-phone-kit/change), code splitting on');
for (const line of sizeTable(change)) console.log(line);

// A host with its own client, as the three bundlers build it: nothing of the Authing adapter.
const hosts = await hostBundles(root, work, ourPeers);
console.log('\nA host with its own client (no Authing adapter), our peers external, by bundler');
console.log('| bundler | min KB | gzip KB | Authing adapter code in the bundle |');
console.log('| --- | ---: | ---: | --- |');
for (const host of hosts) {
  console.log(
    `| ${host.name} | ${kb(host.min)} | ${kb(host.gzip)} | ${host.authing.length ? `yes (${host.authing.join(', ')})` : 'none'} |`,
  );
}

// Runtime, in Chromium, on a production build with React's profiling build (Profiler on).
const page = join(work, 'page');
await viteBuild({
  root: join(root, 'bench/page'),
  base: './',
  logLevel: 'error',
  configFile: false,
  plugins: [react()],
  resolve: { alias: { 'react-dom/client': 'react-dom/profiling' } },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: { outDir: page, emptyOutDir: true, target: 'es2022' },
});
const server = await serveStatic(page);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const tab = await browser.newPage();
await tab.goto(server.url);
await tab.waitForFunction(() => 'bench' in window);

await tab.evaluate(() => window.bench.mountTimes(20)); // warm-up: JIT, styles, fonts
const mounts = await tab.evaluate(() => window.bench.mountTimes(200));
const at = (list, share) => [...list].sort((a, b) => a - b)[Math.floor(list.length * share)];
const runs = mounts.open.length;

await tab.evaluate(() => window.bench.openForTyping());
const openingCommits = await tab.evaluate(() => window.bench.commits());
const input = tab.getByLabel('Verification code');
await input.focus();
await tab.waitForTimeout(100);
const before = await tab.evaluate(() => window.bench.commits());
const typed = '１２３４５６';
for (const char of typed) await tab.keyboard.insertText(char);
await tab.waitForTimeout(100);
const commits = (await tab.evaluate(() => window.bench.commits())) - before;
const value = await input.inputValue();
await browser.close();
server.close();

console.log('\nRuntime in headless Chromium (production React, profiling build)');
console.log('| what | figure | goal |');
console.log('| --- | ---: | --- |');
console.log(
  `| React commits per typed character (${typed.length} full-width digits, read back as "${value}") | ${(commits / typed.length).toFixed(2)} | at most 1 |`,
);
console.log(`| React commits while opening (shows the Profiler counts) | ${openingCommits} | |`);
console.log(
  `| dialog mount to committed open dialog, median of ${runs} | ${at(mounts.open, 0.5).toFixed(2)} ms | under 16 ms |`,
);
console.log(`| same, 90th percentile | ${at(mounts.open, 0.9).toFixed(2)} ms | |`);
console.log(
  `| to its form, after this open's account read (client answers at once), median | ${at(mounts.form, 0.5).toFixed(2)} ms | |`,
);
console.log(`| same, 90th percentile | ${at(mounts.form, 0.9).toFixed(2)} ms | |`);

console.log(
  `\nMachine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${execFileSync(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ['--version'],
  )
    .toString()
    .trim()}`,
);

const checks = sizeChecks(split);
console.log('\nSize check');
for (const { what, ok } of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
if (checks.some((check) => !check.ok)) process.exit(1);
