// A small Authing look-alike over real HTTP on 127.0.0.1, for the host-conditions suite: four
// users told apart by their access token, Authing's v3 paths and envelopes, CORS as a real
// cross-origin Authing answers (Retry-After exposed), and switches for delays and faults. It is
// not the kit's /testing fake and not msw: the kit's requests leave the browser for a socket.
import { createServer } from 'node:http';

const people = {
  alice: { userId: 'u-alice', phone: '13800000001', email: 'alice@example.com' },
  bob: { userId: 'u-bob', phone: '13900000002', email: 'bob@example.com' },
  carol: { userId: 'u-carol', phone: '13700000003', email: 'carol@example.com' },
  // The phone is dave's only way in: Authing refuses to remove it until he binds an email.
  dave: { userId: 'u-dave', phone: '13600000004', email: null },
};
const code = '123456';

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST',
  'access-control-allow-headers': 'accept, authorization, content-type, x-authing-app-id',
  'access-control-expose-headers': 'retry-after',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function readJson(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

export async function startAuthingLookalike() {
  let users;
  const state = {
    /** Every request that reached the server: path, whose token, body. */
    requests: [],
    /** Extra latency per path, in ms. */
    delays: {},
    /** Extra latency of get-profile per user, in ms. */
    profileDelays: {},
    /** Per path: answer the next `times` requests with this fault. */
    faults: {},
  };
  // One SMS a minute per channel and number, as Authing sends them.
  let lastSms = new Map();
  // Update tokens issued by verify-update-phone-request: each good for one update-phone.
  let tokens = new Map();
  const reset = () => {
    lastSms = new Map();
    tokens = new Map();
    users = Object.fromEntries(
      Object.entries(people).map(([name, person]) => [name, { ...person, lastEmail: 0, emailCodeTo: null }]),
    );
    Object.assign(state, { requests: [], delays: {}, profileDelays: {}, faults: {} });
  };
  reset();

  const server = createServer(async (request, response) => {
    if (request.method === 'OPTIONS') return response.writeHead(204, cors).end();
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const body = await readJson(request);
    const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    const name = token.startsWith('token-') ? token.slice('token-'.length) : '';
    const user = users[name];
    state.requests.push({ path, user: name, body });
    const answer = (status, envelope, headers = {}) => {
      if (response.destroyed) return;
      response.writeHead(status, { 'content-type': 'application/json', ...cors, ...headers });
      response.end(JSON.stringify({ requestId: `req-${state.requests.length}`, ...envelope }));
    };
    const ok = (data) => answer(200, { statusCode: 200, message: '操作成功', ...(data ? { data } : {}) });

    await sleep(state.delays[path] ?? 0);
    const fault = state.faults[path];
    if (fault && fault.times > 0) {
      fault.times -= 1;
      return answer(fault.status, fault.envelope, fault.headers);
    }
    if (!user) return answer(401, { statusCode: 401, apiCode: 2020, message: '用户未登录' });

    if (path === '/api/v3/get-profile') {
      await sleep(state.profileDelays[name] ?? 0);
      return ok({
        userId: user.userId,
        phone: user.phone,
        phoneCountryCode: user.phone ? '+86' : null,
        email: user.email,
        username: null,
        identities: [],
      });
    }
    if (path === '/api/v3/send-sms') {
      const channel = body?.channel;
      const ownPhone = channel === 'CHANNEL_UNBIND_PHONE' && body?.phoneNumber === user.phone;
      const newPhone = channel === 'CHANNEL_BIND_PHONE' && /^1\d{10}$/.test(body?.phoneNumber ?? '');
      if (!ownPhone && !newPhone) {
        return answer(200, { statusCode: 400, apiCode: 2002, message: '手机号与当前用户不符' });
      }
      const key = `${channel} ${body.phoneNumber}`;
      const wait = Math.ceil(((lastSms.get(key) ?? 0) + 60_000 - Date.now()) / 1000);
      if (wait > 0) return answer(429, { statusCode: 429, message: '发送过于频繁' }, { 'retry-after': String(wait) });
      lastSms.set(key, Date.now());
      return ok();
    }
    if (path === '/api/v3/verify-update-phone-request') {
      const payload = body?.phonePassCodePayload ?? {};
      if (payload.newPhoneNumber === user.phone) {
        return answer(200, { statusCode: 400, apiCode: 2230, message: '新手机号与旧手机号相同' });
      }
      if (Object.values(users).some((other) => other.phone === payload.newPhoneNumber)) {
        return answer(200, { statusCode: 400, apiCode: 1320004, message: '该手机号已被绑定' });
      }
      if (
        payload.newPhonePassCode !== code ||
        payload.oldPhonePassCode !== code ||
        payload.oldPhoneNumber !== user.phone
      ) {
        return answer(200, { statusCode: 400, apiCode: 2001, message: '验证码不正确' });
      }
      const token = `update-${state.requests.length}`;
      tokens.set(token, { user: name, phone: payload.newPhoneNumber });
      return ok({ updatePhoneToken: token, tokenExpiresIn: 60 });
    }
    if (path === '/api/v3/update-phone') {
      const issued = tokens.get(body?.updatePhoneToken);
      tokens.delete(body?.updatePhoneToken);
      if (!issued || issued.user !== name) {
        return answer(200, { statusCode: 400, apiCode: 1320099, message: 'updatePhoneToken 无效或已过期' });
      }
      user.phone = issued.phone;
      return ok();
    }
    if (path === '/api/v3/unbind-phone') {
      if (!user.phone) return answer(200, { statusCode: 400, apiCode: 1320002, message: '当前用户未绑定手机号' });
      if (!user.email) return answer(200, { statusCode: 400, apiCode: 1320005, message: '当前用户未绑定其他登录方式' });
      if (body?.passCode !== code) return answer(200, { statusCode: 400, apiCode: 2001, message: '验证码不正确' });
      user.phone = null;
      return ok();
    }
    if (path === '/api/v3/send-email') {
      if (body?.channel !== 'CHANNEL_BIND_EMAIL' || !/^[^@\s]+@[^@\s]+$/.test(body?.email ?? '')) {
        return answer(200, { statusCode: 400, apiCode: 2028, message: '请提供正确的手机号或邮箱' });
      }
      if (user.lastEmail + 60_000 > Date.now()) {
        return answer(200, { statusCode: 400, apiCode: 2080, message: '一分钟只能发一次邮箱验证码' });
      }
      user.lastEmail = Date.now();
      user.emailCodeTo = body.email;
      return ok();
    }
    if (path === '/api/v3/bind-email') {
      if (body?.passCode !== code || body?.email !== user.emailCodeTo) {
        return answer(200, { statusCode: 400, apiCode: 2001, message: '验证码不正确' });
      }
      user.email = body.email;
      return ok();
    }
    return answer(404, { statusCode: 404, message: 'not found' });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    state,
    user: (name) => users[name],
    /** Requests to one path, as [user, body] pairs. */
    seen: (path) => state.requests.filter((r) => r.path === path),
    reset,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
