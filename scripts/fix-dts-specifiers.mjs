// tsc writes declarations with the extensionless imports of our sources ("./core/types").
// Node16/NodeNext resolution in a host app needs full specifiers in ESM declarations, so
// give each relative import its ".js" (or "/index.js") as the emitted files are laid out.
// Then each declaration gets a CommonJS twin (".d.cts", importing ".cjs"), the types of the
// `require` build: a CommonJS host (Jest) resolves `require` and must see CommonJS types.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist/types');

function* declarations(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarations(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

let rewritten = 0;
let twins = 0;
for (const file of declarations(root)) {
  const source = readFileSync(file, 'utf8');
  const next = source.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]*)\2/g, (whole, lead, quote, specifier) => {
    if (/\.(js|css)$/.test(specifier)) return whole;
    const base = resolve(dirname(file), specifier);
    const target = existsSync(`${base}.d.ts`) ? `${specifier}.js` : `${specifier}/index.js`;
    rewritten += 1;
    return `${lead}${quote}${target}${quote}`;
  });
  if (next !== source) writeFileSync(file, next);
  const twin = next.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]*)\.js\2/g, '$1$2$3.cjs$2');
  writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), twin);
  twins += 1;
}
console.log(`declarations: ${rewritten} relative specifiers made explicit, ${twins} CommonJS twins in ${root}`);
