import { expect } from 'vitest';
import { UnbindPhoneError } from '../../src/core/UnbindPhoneError';

/** Awaits a promise that must reject with an `UnbindPhoneError`, and gives that error. */
export async function failure(promise: Promise<unknown>): Promise<UnbindPhoneError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnbindPhoneError);
  return error as UnbindPhoneError;
}
