/**
 * Calls a host callback so that whatever it throws stays out of the dialog and the page: the
 * kit's own flow goes on, and the error is reported once on the console for the host developer.
 */
export function callHost<A extends unknown[]>(
  name: string,
  callback: ((...args: A) => unknown) | undefined,
  ...args: A
) {
  try {
    callback?.(...args);
  } catch (error) {
    console.error(`unbind-phone-kit: ${name} threw`, error);
  }
}
