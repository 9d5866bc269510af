import { afterEach, beforeAll, describe, expect, onTestFinished, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderDialog, startWorker, worker } from '../harness';
import { button, codeInput, dialog, openDialog, pasteInto, requestsTo, typeCode } from '../helpers';

beforeAll(startWorker);
afterEach(() => worker.resetHandlers());

async function openAndSend() {
  await openDialog();
  await userEvent.click(button('Send code'));
  await expect.element(page.getByText('Code sent to +86 138****5678.')).toBeVisible();
}

describe('strange input', () => {
  test.each([
    ['Arabic-Indic digits', '١٢٣٤٥٦', '123456'],
    ['Persian digits', '۱۲۳۴۵۶', '123456'],
    ['spaces and dashes', '12 34-56', '123456'],
    ['full-width digits with an ideographic space', '１２３\u3000４５６', '123456'],
  ])('%s are normalised and accepted', async (_, typed, sent) => {
    const { fake } = renderDialog();
    await openAndSend();
    await typeCode(typed);
    await expect.element(codeInput()).toHaveValue(sent);
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();
    expect(requestsTo(fake.state().requests, '/api/v3/unbind-phone')[0]?.body).toEqual({ passCode: sent });
  });

  test.each([
    ['emoji', '12🙂34', 'The code has digits only. Check what you typed or pasted.'],
    ['letters', 'abcd', 'The code has digits only. Check what you typed or pasted.'],
  ])('%s get an inline message and no request', async (_, typed, message) => {
    const { fake } = renderDialog();
    await openAndSend();
    await typeCode(typed);
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByText(message)).toBeVisible();
    expect(requestsTo(fake.state().requests, '/api/v3/unbind-phone')).toHaveLength(0);
  });

  test('10,000 pasted characters are capped, said to be wrong, and never sent', async () => {
    const { fake } = renderDialog();
    await openAndSend();
    await pasteInto(codeInput().element() as HTMLElement, '9'.repeat(10_000));
    expect((codeInput().element() as HTMLInputElement).value.length).toBeLessThanOrEqual(64);
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByText('This code is too long: it should have 4 to 6 digits.')).toBeVisible();
    expect(requestsTo(fake.state().requests, '/api/v3/unbind-phone')).toHaveLength(0);
  });

  test('a pasted sentence with two numbers is left for the person to fix', async () => {
    const { fake } = renderDialog();
    await openAndSend();
    await pasteInto(codeInput().element() as HTMLElement, 'Code 123456, call 4008 if it was not you');
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByText('The code has digits only. Check what you typed or pasted.')).toBeVisible();
    expect(requestsTo(fake.state().requests, '/api/v3/unbind-phone')).toHaveLength(0);
  });
});

describe('nothing kept, nothing leaked', () => {
  const code = '123456';

  test('the code never reaches the console, the URL, storage or the DOM after closing', async () => {
    const printed: string[] = [];
    for (const method of ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const) {
      const spy = vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(' '));
      });
      onTestFinished(() => spy.mockRestore());
    }
    const { fake, view } = renderDialog({ scenario: 'wrong-code' });
    await openAndSend();
    await userEvent.fill(codeInput(), code);
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByText('That code is not right. Check the SMS and try again.')).toBeVisible();
    await userEvent.click(button('Cancel'));
    await expect.element(dialog()).not.toBeInTheDocument();

    expect(printed.filter((line) => line.includes(code))).toEqual([]);
    expect(window.location.href).not.toContain(code);
    expect(
      fake
        .state()
        .requests.map((request) => request.path)
        .join(' '),
    ).not.toContain(code);
    const stored = [localStorage, sessionStorage].flatMap((storage) =>
      Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`),
    );
    expect(stored.join(' ')).not.toContain(code);
    expect(view.container.innerHTML).not.toContain(code);
    expect(Array.from(document.querySelectorAll('input'), (input) => input.value)).not.toContain(code);
  });

  test('the form forgets the code: reopening shows an empty input', async () => {
    renderDialog();
    await openAndSend();
    await userEvent.fill(codeInput(), code);
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog()).not.toBeInTheDocument();
    await openDialog();
    await expect.element(codeInput()).toHaveValue('');
  });
});
