// The host-conditions scenarios: each drives test/host-app/conditions.html (the packed kit in a
// host app) in Chromium against the Authing look-alike, as a person and the host app would.
// Each is [name, async ({ page, context, open, lookalike, problems }) => void]; a throw fails it.
import assert from 'node:assert/strict';

const sms = '/api/v3/send-sms';
const unbind = '/api/v3/unbind-phone';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const openDialog = async (page) => {
  await page.getByRole('button', { name: 'Remove my phone' }).click();
  await page.getByRole('dialog').waitFor();
};
const button = (page, name) => page.getByRole('button', { name, exact: true });
const dialogText = (page) => page.getByRole('dialog').textContent();
const hostLog = (page) => page.getByRole('log', { name: 'Host log' });

/** Open, send the SMS, type the code: the form is ready to submit. */
async function readyToRemove(page, phone = '138****0001') {
  await openDialog(page);
  await page.getByText(`Remove +86 ${phone} from your account`).waitFor();
  await button(page, 'Send code').click();
  await page.getByText(`Code sent to +86 ${phone}.`).waitFor();
  await page.getByLabel('Verification code').fill('123456');
}

/** In the change step: the new number, its code, the current phone's code, then Change number. */
async function changeTo(page, number) {
  const field = page.getByLabel('New number', { exact: true });
  await field.waitFor();
  await field.fill(number);
  await page.getByRole('button', { name: 'Send code' }).first().click();
  await page.getByLabel('Code to the new number').fill('123456');
  await page.getByRole('button', { name: 'Send code' }).last().click();
  await page.getByText('Code sent to +86 138****0001.', { exact: false }).waitFor();
  await page.getByLabel('Code to +86 138****0001').fill('123456');
  await button(page, 'Change number').click();
}

/** Waits until `predicate` holds, polling; throws with `what` after `ms`. */
async function eventually(predicate, what, ms = 5000) {
  const until = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > until) throw new Error(`not seen within ${ms} ms: ${what}`);
    await sleep(50);
  }
}

export const hostConditions = [
  [
    "another user signs in on the same QueryClient: the last user's phone is never shown or sent to",
    async ({ page, open, lookalike }) => {
      await open();
      await openDialog(page);
      await page.getByText('Remove +86 138****0001').waitFor();
      await button(page, 'Cancel').click();
      // Alice signs out, Bob signs in; his profile is slow to come.
      lookalike.state.profileDelays.bob = 1500;
      await page.evaluate(() => window.host.signIn('bob'));
      await openDialog(page);
      await page.getByText('Loading your account…').waitFor();
      assert.doesNotMatch(await dialogText(page), /0001/);
      // The form is there, but Send code waits until this open has read the account: a click
      // now sends nothing (the look-alike's log below holds Bob's SMS only).
      assert.equal(await button(page, 'Send code').getAttribute('aria-disabled'), 'true');
      await button(page, 'Send code').click({ force: true });
      await page.getByText('Remove +86 139****0002').waitFor();
      await button(page, 'Send code').click();
      await page.getByText('Code sent to +86 139****0002.').waitFor();
      assert.deepEqual(
        lookalike.seen(sms).map((r) => [r.user, r.body.phoneNumber]),
        [['bob', '13900000002']],
      );
    },
  ],
  [
    'the host swaps the client while the dialog is open: the new account only, and the success names it',
    async ({ page, open, lookalike }) => {
      await open();
      await openDialog(page);
      await page.getByText('Remove +86 138****0001').waitFor();
      lookalike.state.profileDelays.carol = 1000;
      await page.evaluate(() => window.host.useClient('other'));
      await page.getByText('Loading your account…').waitFor();
      assert.doesNotMatch(await dialogText(page), /0001/);
      await page.getByText('Remove +86 137****0003').waitFor();
      await button(page, 'Send code').click();
      await page.getByLabel('Verification code').fill('123456');
      await button(page, 'Remove phone').click();
      await page.getByText('+86 137****0003 is no longer linked to your account.').waitFor();
      await hostLog(page).getByText('removed 13700000003').waitFor();
      assert.equal(lookalike.user('alice').phone, '13800000001', "alice's phone untouched");
      assert.equal(lookalike.user('carol').phone, null);
    },
  ],
  [
    "the host's QueryClient retries 3 times by default: one click, one SMS; one submit, one unbind",
    async ({ page, open, lookalike }) => {
      const fail = { status: 500, envelope: { statusCode: 500, message: '服务器内部错误' }, times: 1 };
      lookalike.state.faults[sms] = { ...fail };
      await open('&hostRetries');
      await openDialog(page);
      await button(page, 'Send code').click();
      await page.getByRole('alert').getByText('The server could not do this right now.').waitFor();
      await sleep(500);
      assert.equal(lookalike.seen(sms).length, 1, 'one SMS request for one click');
      await button(page, 'Send code').click();
      await page.getByText('Code sent to +86 138****0001.').waitFor();
      lookalike.state.faults[unbind] = { ...fail };
      await page.getByLabel('Verification code').fill('123456');
      await button(page, 'Remove phone').click();
      await page.getByRole('alert').getByText('The server could not do this right now.').waitFor();
      await sleep(500);
      assert.equal(lookalike.seen(unbind).length, 1, 'one unbind request for one submit');
    },
  ],
  [
    'a real offline browser: the network message at once, and nothing queued runs when it is back',
    async ({ page, context, open, lookalike }) => {
      await open();
      await openDialog(page);
      await page.getByText('Remove +86 138****0001').waitFor();
      await context.setOffline(true);
      assert.equal(await page.evaluate(() => navigator.onLine), false);
      await button(page, 'Send code').click();
      await page
        .getByRole('alert')
        .getByText('Could not reach the server. Check your connection and try again.')
        .waitFor({ timeout: 3000 });
      await button(page, 'Cancel').click();
      // Opened while offline: the account read fails at once, with a way to try again.
      await openDialog(page);
      await page.getByText('Could not reach the server.').waitFor({ timeout: 3000 });
      await button(page, 'Cancel').click();
      await context.setOffline(false);
      await sleep(1500);
      assert.equal(lookalike.seen(sms).length, 0, 'no SMS sent when the connection came back');
      await openDialog(page);
      await button(page, 'Send code').click();
      await page.getByText('Code sent to +86 138****0001.').waitFor();
      assert.equal(lookalike.seen(sms).length, 1);
    },
  ],
  [
    'closed while the access token is still being fetched: neither the SMS nor the unbind ever leaves',
    async ({ page, open, lookalike }) => {
      await open();
      await openDialog(page);
      await page.getByText('Remove +86 138****0001').waitFor();
      await page.evaluate(() => window.host.slowToken(1500));
      await button(page, 'Send code').click();
      await button(page, 'Sending…').waitFor();
      await button(page, 'Cancel').click();
      await sleep(2000);
      assert.equal(lookalike.seen(sms).length, 0, 'no SMS after Cancel');

      await page.evaluate(() => window.host.slowToken(0));
      await readyToRemove(page);
      await page.evaluate(() => window.host.slowToken(1500));
      await button(page, 'Remove phone').click();
      await button(page, 'Removing…').waitFor();
      await page.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await sleep(2000);
      assert.equal(lookalike.seen(unbind).length, 0, 'no unbind after Close');
      assert.equal(lookalike.user('alice').phone, '13800000001');
      assert.equal(await hostLog(page).textContent(), '');
    },
  ],
  [
    'once the unbind has left, Close and Escape wait for the answer; an unmount still tells the host',
    async ({ page, open, lookalike }) => {
      lookalike.state.delays[unbind] = 1500;
      await open();
      await readyToRemove(page);
      await button(page, 'Remove phone').click();
      await button(page, 'Removing…').waitFor();
      const close = page.getByRole('button', { name: 'Close' });
      await eventually(async () => (await close.getAttribute('aria-disabled')) === 'true', 'Close disabled');
      await close.click({ force: true });
      await page.keyboard.press('Escape');
      await page.getByRole('heading', { name: 'Phone number removed' }).waitFor();
      await hostLog(page).getByText('removed 13800000001').waitFor();

      // The host unmounts the dialog mid-request: the request is not aborted, the host hears.
      lookalike.reset();
      lookalike.state.delays[unbind] = 1500;
      await page.reload();
      await readyToRemove(page);
      await button(page, 'Remove phone').click();
      await button(page, 'Removing…').waitFor();
      await sleep(300);
      await page.evaluate(() => window.host.unmountDialog());
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await hostLog(page).getByText('removed 13800000001').waitFor({ timeout: 5000 });
      assert.equal(lookalike.user('alice').phone, null);
    },
  ],
  [
    'a host onUnbound that throws: the success shows, the host page stays, the developer is told once',
    async ({ page, open, problems }) => {
      await open('&throwOnUnbound');
      await readyToRemove(page);
      await button(page, 'Remove phone').click();
      await page.getByRole('heading', { name: 'Phone number removed' }).waitFor();
      await button(page, 'Done').click();
      await button(page, 'Remove my phone').waitFor();
      await hostLog(page).getByText('removed 13800000001').waitFor();
      // StrictMode does not double host callbacks: one report, and nothing else on the console.
      const reports = problems.splice(0);
      assert.equal(reports.length, 1, reports.join('\n'));
      assert.match(reports[0], /unbind-phone-kit: onUnbound threw/);
    },
  ],
  [
    'full-width digits typed through an IME composition: no duplicates, ASCII at the end',
    async ({ page, open, context }) => {
      await open();
      await openDialog(page);
      await button(page, 'Send code').click();
      await page.getByText('Code sent to +86 138****0001.').waitFor();
      const field = page.getByLabel('Verification code');
      await field.focus();
      const cdp = await context.newCDPSession(page);
      let composing = '';
      for (const digit of '１２３４５６') {
        composing += digit;
        await cdp.send('Input.imeSetComposition', {
          text: composing,
          selectionStart: composing.length,
          selectionEnd: composing.length,
        });
      }
      await cdp.send('Input.insertText', { text: composing });
      await eventually(async () => (await field.inputValue()) === '123456', 'the field reads 123456');
      await button(page, 'Remove phone').click();
      await page.getByRole('heading', { name: 'Phone number removed' }).waitFor();
    },
  ],
  [
    'a cross-origin Retry-After the server exposes sets the wait, read in minutes',
    async ({ page, open, lookalike }) => {
      lookalike.state.faults[sms] = {
        status: 429,
        envelope: { statusCode: 429, message: '发送过于频繁' },
        headers: { 'retry-after': '600' },
        times: 1,
      };
      await open();
      await openDialog(page);
      await button(page, 'Send code').click();
      await page.getByText('Send again in 10 min', { exact: true }).waitFor();
    },
  ],
  [
    'the phone is the only way in: the person binds an email and removes the phone, all in the dialog',
    async ({ page, open, lookalike }) => {
      await open();
      await page.evaluate(() => window.host.signIn('dave'));
      await openDialog(page);
      await page.getByText('This phone number is the only way you can sign in').waitFor();
      assert.equal(lookalike.seen(sms).length, 0, 'no SMS for a phone that cannot go');
      await button(page, 'Bind an email').click();
      // Typed through an IME, with spaces around: sent as the server stores it.
      await page.getByLabel('Email', { exact: true }).fill(' ｄａｖｅ＠ｅｘａｍｐｌｅ．ｃｏｍ ');
      await button(page, 'Send code').click();
      await page.getByText('Code sent to dave@example.com.').waitFor();
      await page.getByLabel('Email code').fill('123456');
      await button(page, 'Bind email').click();
      await page.getByText('Email dave@example.com is bound. Now remove the phone.').waitFor();
      await button(page, 'Send code').click();
      await page.getByText('Code sent to +86 136****0004.').waitFor();
      await page.getByLabel('Verification code').fill('123456');
      await button(page, 'Remove phone').click();
      await page.getByText('+86 136****0004 is no longer linked to your account.').waitFor();
      assert.equal(lookalike.user('dave').email, 'dave@example.com');
      assert.equal(lookalike.user('dave').phone, null);
      assert.deepEqual(
        lookalike.seen('/api/v3/send-email').map((r) => [r.user, r.body]),
        [['dave', { channel: 'CHANNEL_BIND_EMAIL', email: 'dave@example.com' }]],
      );
      assert.equal(lookalike.seen('/api/v3/bind-email').length, 1);
    },
  ],
  [
    'changing the number instead, over HTTP: a code to each number, the check, the change; the host hears from and to',
    async ({ page, open, lookalike }) => {
      await open();
      await openDialog(page);
      await page.getByText('Remove +86 138****0001 from your account').waitFor();
      await button(page, 'Change the number instead').click();
      await page.getByRole('dialog', { name: 'Change phone number' }).waitFor();
      await changeTo(page, '１３９ １１１１ ２２２２');
      await page.getByText('Your account now has +86 139****2222.').waitFor();
      await hostLog(page).getByText('changed 13800000001 to 13911112222').waitFor();
      assert.deepEqual(
        lookalike.seen(sms).map((r) => [r.user, r.body.channel, r.body.phoneNumber]),
        [
          ['alice', 'CHANNEL_BIND_PHONE', '13911112222'],
          ['alice', 'CHANNEL_UNBIND_PHONE', '13800000001'],
        ],
      );
      const [check] = lookalike.seen('/api/v3/verify-update-phone-request');
      assert.equal(check?.body.phonePassCodePayload.oldPhoneNumber, '13800000001');
      const changes = lookalike.seen('/api/v3/update-phone');
      assert.equal(changes.length, 1);
      assert.match(changes[0]?.body.updatePhoneToken ?? '', /^update-/);
      assert.equal(lookalike.user('alice').phone, '13911112222');
    },
  ],
  [
    "ChangePhoneDialog from unbind-phone-kit/change: another account's number is refused under the field",
    async ({ page, open, lookalike }) => {
      await open();
      await page.getByRole('button', { name: 'Change my phone' }).click();
      await page.getByRole('dialog', { name: 'Change phone number' }).waitFor();
      await changeTo(page, '13900000002');
      await page.getByText('This number already belongs to another account. Use another number.').waitFor();
      assert.equal(lookalike.seen('/api/v3/update-phone').length, 0);
      assert.equal(lookalike.user('alice').phone, '13800000001');
    },
  ],
];
