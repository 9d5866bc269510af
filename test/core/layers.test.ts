// The layers of src/ and the arrows between them: components -> hooks -> core, texts in i18n, the
// email step reached from the page only through the dialog's dynamic import. Read from the
// source's import lines, so a wrong arrow fails here before it reaches a bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

const files = (readdirSync(src, { recursive: true }) as string[])
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => file.replaceAll('\\', '/'));

/**
 * Each static import of a file: a path inside src/, or a package name. Type-only ones count for
 * the layers, not for what a bundle holds (`values`).
 */
function importsOf(file: string, { values = false } = {}): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  return [...text.matchAll(/^(?:import|export)[^'"]*?from\s+'([^']+)'/gm)]
    .filter(([line = '']) => !values || !/^(import|export) type /.test(line))
    .map(([, specifier = '']) =>
      specifier.startsWith('.')
        ? relative(src, resolve(dirname(join(src, file)), specifier)).replaceAll('\\', '/')
        : specifier,
    );
}

const layer = (path: string) => path.split('/')[0] ?? '';
const reactLibraries = ['react', 'react-hook-form', '@hookform/resolvers/zod', '@tanstack/react-query'];

/** What each layer may import: other layers by folder, and packages by name. */
const allowed: Record<string, { layers: string[]; packages: string[] }> = {
  core: { layers: ['core'], packages: ['zod/mini'] },
  i18n: { layers: ['i18n'], packages: [] },
  hooks: { layers: ['core', 'hooks'], packages: ['react', '@tanstack/react-query'] },
  components: { layers: ['core', 'hooks', 'i18n', 'components'], packages: reactLibraries },
  testing: { layers: ['core', 'testing'], packages: ['msw'] },
};
// The entries gather names from every layer: they are checked by test/core/entries.test.ts.
const entries = ['index.ts', 'email.ts', 'core/index.ts', 'testing/index.ts'];

describe('layers', () => {
  test('every file is in a known layer', () => {
    expect(files.filter((file) => !entries.includes(file) && !allowed[layer(file)])).toEqual([]);
  });

  test.each(Object.keys(allowed))('%s imports only what sits below it', (name) => {
    const rule = allowed[name] ?? { layers: [], packages: [] };
    const wrong = files
      .filter((file) => layer(file) === name && !entries.includes(file))
      .flatMap((file) =>
        importsOf(file)
          .filter((target) =>
            target.includes('/') && !target.startsWith('@') && files.some((f) => f.startsWith(`${layer(target)}/`))
              ? !rule.layers.includes(layer(target))
              : !rule.packages.includes(target),
          )
          .map((target) => `${file} -> ${target}`),
      );
    expect(wrong).toEqual([]);
  });

  test("the page's dialog reaches the email step only through its dynamic import", () => {
    const emailStep = [
      'components/Blocked',
      'components/BindEmailStep',
      'hooks/useBindEmail',
      'core/email',
      'i18n/en-US-blocked',
    ];
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const target of importsOf(file, { values: true })) {
        const next = files.find((f) => f === `${target}.ts` || f === `${target}.tsx`);
        if (next) visit(next);
      }
    };
    visit('components/UnbindPhoneDialog.tsx');
    expect([...seen].filter((file) => emailStep.some((step) => file.startsWith(step)))).toEqual([]);
  });

  test('no step imports the dialog that shows it', () => {
    const steps = ['components/Blocked.tsx', 'components/BindEmailStep.tsx'];
    expect(steps.flatMap((file) => importsOf(file).filter((target) => target.endsWith('UnbindPhoneDialog')))).toEqual(
      [],
    );
  });
});
