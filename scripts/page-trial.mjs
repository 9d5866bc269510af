// What the page runs of the dialog, as one file: the size check's host page built by esbuild from
// a built package's dist/ with every dynamic import cut off (so nothing of the lazy chunks comes
// along), gzip -9, less the same host with a stub in the kit's place. The real page (`npm run
// size`) is split in files, each gzipped on its own, that import names from each other and that
// the lazy chunks import too: this figure shows what the split costs (`npm run bench` prints
// both), and weighs a trial's code. For trials: copy the repository, change its src/, build it
// (`npx vite build`), and run
//   node scripts/page-trial.mjs /path/to/the/copy
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { hostSource } from './host-bundlers.mjs';

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
  // The kit as a host installs it: a package folder in the host's node_modules.
  const host = mkdtempSync(join(tmpdir(), 'upk-page-trial-'));
  mkdirSync(join(host, 'node_modules'));
  symlinkSync(root, join(host, 'node_modules/unbind-phone-kit'), 'dir');
  const weigh = async (source) => {
    writeFileSync(join(host, 'host.js'), source);
    const { outputFiles } = await build({
      entryPoints: [join(host, 'host.js')],
      absWorkingDir: host,
      preserveSymlinks: true,
      nodePaths: [join(host, 'node_modules')],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      external: peers.flatMap((peer) => [peer, `${peer}/*`]),
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [cutLazy],
      logLevel: 'silent',
    });
    return gzipSync(outputFiles[0].contents, { level: 9 }).length;
  };
  const stub = hostSource.replace(
    /import \{ UnbindPhoneDialog \} from 'unbind-phone-kit';/,
    'const UnbindPhoneDialog = () => null;',
  );
  if (stub === hostSource) throw new Error('the host source changed: update page-trial.mjs');
  try {
    return (await weigh(hostSource)) - (await weigh(stub));
  } finally {
    rmSync(host, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? '.');
  console.log(`what the page runs of the dialog, as one file: ${await pageAsOneFile(root)} B gzip`);
}
