// The layers of src/ and the arrows between them: flows -> view -> hooks -> core, texts in i18n,
// each flow in a folder of its own, the email step reached from the page only through the
// dialog's dynamic import. Read from the
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
  // hooks -> i18n: the machinery's chunk brings the English of its answers (`hooks/machinery.ts`).
  hooks: { layers: ['core', 'hooks', 'i18n'], packages: ['react', '@tanstack/react-query'] },
  view: { layers: ['core', 'hooks', 'i18n', 'view'], packages: reactLibraries },
  flows: { layers: ['core', 'hooks', 'i18n', 'view', 'flows'], packages: reactLibraries },
  testing: { layers: ['core', 'testing'], packages: ['msw'] },
};
// The entries gather names from every layer: they are checked by test/core/entries.test.ts.
const entries = ['index.ts', 'email.ts', 'change.ts', 'verification.ts', 'core/index.ts', 'testing/index.ts'];

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

  /** The files the page's dialog reaches through static imports of values (what a bundle puts in the page). */
  const pageFiles = () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const target of importsOf(file, { values: true })) {
        const next = files.find((f) => f === `${target}.ts` || f === `${target}.tsx`);
        if (next) visit(next);
      }
    };
    visit('flows/unbind-phone/UnbindPhoneDialog.tsx');
    return [...seen];
  };

  test("the page's dialog reaches the email step only through its dynamic import", () => {
    const emailStep = ['flows/unbind-phone/Blocked', 'flows/bind-email/', 'core/email', 'i18n/en-US-blocked'];
    expect(pageFiles().filter((file) => emailStep.some((step) => file.startsWith(step)))).toEqual([]);
  });

  test("the page's dialog reaches the change-number step only through its dynamic import", () => {
    const changeStep = ['flows/change-phone/', 'core/phoneInput', 'i18n/en-US-change'];
    expect(pageFiles().filter((file) => changeStep.some((step) => file.startsWith(step)))).toEqual([]);
  });

  test("the page's dialog reaches the verification machinery and its answers' English only through its dynamic import", () => {
    expect(pageFiles()).toContain('hooks/deferredVerification.ts');
    expect(pageFiles()).toContain('i18n/en-US-form.ts');
    const lazy = ['core/verification/verification', 'hooks/machinery', 'i18n/en-US-answers', 'i18n/en-US.ts'];
    expect(pageFiles().filter((file) => lazy.some((part) => file.startsWith(part)))).toEqual([]);
  });

  test('no step imports a dialog', () => {
    const steps = files.filter((file) => file.startsWith('flows/') && !file.endsWith('Dialog.tsx'));
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.flatMap((file) => importsOf(file).filter((target) => target.endsWith('Dialog')))).toEqual([]);
  });

  test("a flow's hook knows no other flow: each flow is one folder", () => {
    const flowOf = (path: string) => (path.startsWith('flows/') ? path.split('/')[1] : undefined);
    const hooks = files.filter((file) => /^flows\/[^/]+\/use\w+\.ts$/.test(file));
    expect(hooks.length).toBeGreaterThanOrEqual(2);
    const crossing = hooks.flatMap((file) =>
      importsOf(file)
        .filter((target) => flowOf(target) && flowOf(target) !== flowOf(file))
        .map((target) => `${file} -> ${target}`),
    );
    expect(crossing).toEqual([]);
  });
});
