// The entries' promises: unbind-phone-kit/core is server-safe (nothing in its module graph
// imports React or a React library), and the main entry exports every name core does.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as change from '../../src/change';
import * as core from '../../src/core/index';
import * as main from '../../src/index';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Every bare import in the module graph from `entry`, following relative imports. */
function bareImports(entry: string, seen = new Set<string>(), found = new Set<string>()) {
  if (seen.has(entry)) return found;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const [, specifier] of text.matchAll(/^(?:import|export)[^'"]*?from\s+'([^']+)'/gm)) {
    if (!specifier) continue;
    if (specifier.startsWith('.')) bareImports(resolve(dirname(entry), `${specifier}.ts`), seen, found);
    else found.add(specifier);
  }
  return found;
}

describe('entries', () => {
  it('unbind-phone-kit/core imports nothing of React: a server component or route handler can use it', () => {
    const imports = [...bareImports(resolve(src, 'core/index.ts'))];
    expect(imports).toEqual(['zod/mini']);
  });

  it('unbind-phone-kit/testing works with no msw installed: only its /msw subpath imports msw', () => {
    expect([...bareImports(resolve(src, 'testing/index.ts'))].filter((name) => name.startsWith('msw'))).toEqual([]);
    expect([...bareImports(resolve(src, 'testing/msw.ts'))]).toContain('msw');
  });

  it('unbind-phone-kit/verification imports nothing at all: the machinery is plain TypeScript', () => {
    expect([...bareImports(resolve(src, 'verification.ts'))]).toEqual([]);
  });

  it('the main entry exports every name of core, and the React parts besides', () => {
    for (const name of Object.keys(core)) expect(main).toHaveProperty(name);
    expect(Object.keys(main)).toEqual(
      expect.arrayContaining(['UnbindPhoneDialog', 'CodeInput', 'SendCodeButton', 'useUnbindPhone']),
    );
    expect(Object.keys(core)).toEqual(
      expect.arrayContaining([
        'createAuthingClient',
        'fromAuthingSdk',
        'UnbindPhoneError',
        'unbindPhoneErrorKinds',
        'maskPhone',
        'normalizePassCode',
        'enUSMessages',
        'zhCN',
        'zhTW',
        'jaJP',
      ]),
    );
  });

  it('changing the number is unbind-phone-kit/change, not the main entry (whose page would carry it)', () => {
    expect(Object.keys(change).sort()).toEqual(
      [
        'ChangePhoneDialog',
        'checkNewPhone',
        'createChangePhoneSchema',
        'enUSChangeMessages',
        'newPhoneFrom',
        'normalizePhoneInput',
        'useChangePhone',
      ].sort(),
    );
    for (const name of Object.keys(change)) expect(main).not.toHaveProperty(name);
  });
});
