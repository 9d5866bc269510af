// What a host app with its own client ships of the kit, as webpack and rspack build it (esbuild
// beside them): the dialog and nothing of the Authing adapter. Used by scripts/bench.mjs.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rspack } from '@rspack/core';
import { build as esbuild } from 'esbuild';
import webpack from 'webpack';

// A host that brings its own backend: no createAuthingClient, no fromAuthingSdk.
export const hostSource = `
import { createElement } from 'react';
import { UnbindPhoneDialog } from 'unbind-phone-kit';
const client = {
  getAccount: async () => ({ userId: 'u', phone: { number: '13812345678' }, email: null, username: null, identities: [] }),
  sendUnbindCode: async () => undefined,
  unbindPhone: async () => undefined,
};
export const App = () => createElement(UnbindPhoneDialog, { client, open: true });
`;

// Strings only the Authing adapter and its response schemas hold.
const authingMarkers = ['/api/v3/get-profile', 'looseObject', 'CHANNEL_UNBIND_PHONE'];

/** Builds the host with each bundler; peers stay external, the kit resolves to `root`'s dist. */
export async function hostBundles(root, work, peers) {
  const dir = join(work, 'host-bundlers');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'host.js');
  writeFileSync(entry, hostSource);
  const isPeer = (request) => peers.some((peer) => request === peer || request.startsWith(`${peer}/`));
  const common = (name) => ({
    mode: 'production',
    context: dir,
    entry,
    target: 'web',
    devtool: false,
    output: { path: join(dir, name), filename: 'host.js', module: true, library: { type: 'module' } },
    experiments: { outputModule: true },
    externalsType: 'module',
    externals: [({ request }, callback) => (isPeer(request) ? callback(null, request) : callback())],
    resolve: { alias: { 'unbind-phone-kit': join(root, 'dist/index.js') } },
    performance: { hints: false },
  });
  const run = (compiler) =>
    new Promise((resolve, reject) =>
      compiler.run((error, stats) => {
        compiler.close?.(() => undefined);
        if (error || stats.hasErrors()) reject(error ?? new Error(stats.toString('errors-only')));
        else resolve();
      }),
    );
  await run(webpack(common('webpack')));
  await run(rspack(common('rspack')));
  const esbuildOut = await esbuild({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    alias: { 'unbind-phone-kit': join(root, 'dist/index.js') },
    external: peers.flatMap((peer) => [peer, `${peer}/*`]),
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(join(dir, 'esbuild.js'), esbuildOut.outputFiles[0].contents);

  const read = (name) => {
    const folder = join(dir, name);
    const files = name === 'esbuild' ? [join(dir, 'esbuild.js')] : readdirSync(folder).map((f) => join(folder, f));
    return Buffer.concat(files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(f)));
  };
  return ['webpack', 'rspack', 'esbuild'].map((name) => {
    const code = read(name);
    const text = code.toString('utf8');
    return {
      name,
      min: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      authing: authingMarkers.filter((marker) => text.includes(marker)),
    };
  });
}
