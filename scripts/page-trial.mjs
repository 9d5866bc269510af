// What the page runs of the dialog, as one file: the size check's host page built by esbuild from
// a built package's dist/ with every dynamic import cut off (so nothing of the lazy chunks comes
// along), gzip -9, less the same host with the size check's stub in the kit's place. The real
// page (`npm run size`) is split in files, each gzipped on its own, that import names from each
// other and that the lazy chunks import too: this figure shows what the split costs (`npm run
// bench` prints both), and weighs a trial's code. For trials: copy the repository, change its
// src/, build it (`npx vite build`), and run
//   node scripts/page-trial.mjs /path/to/the/copy
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { hostSource } from './host-bundlers.mjs';
import { esbuildHostOptions, installHost, stubKit } from './host-sizes.mjs';

const cutLazy = {
  name: 'cut-lazy',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, ({ path }) => ({
      contents: readFileSync(path, 'utf8').replace(/import\((['"][^'"]+['"])\)/g, 'Promise.reject($1)'),
      loader: 'js',
    }));
  },
};

/** Gzip bytes of what the page runs of the dialog as one file, for the package folder `root` (built). */
export async function pageAsOneFile(root) {
  const peers = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).peerDependencies);
  const work = mkdtempSync(join(tmpdir(), 'upk-page-trial-'));
  const weigh = async (kit, name) => {
    const dir = join(work, name);
    const { outputFiles } = await build({
      ...esbuildHostOptions(dir, installHost(kit, dir, hostSource), peers),
      plugins: [cutLazy],
    });
    return gzipSync(outputFiles[0].contents, { level: 9 }).length;
  };
  try {
    return (await weigh(root, 'with')) - (await weigh(stubKit(join(work, 'stub')), 'without'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? '.');
  console.log(`what the page runs of the dialog, as one file: ${await pageAsOneFile(root)} B gzip`);
}
