// The fake's requests and answers where the page has no fetch classes: Jest's jsdom environment
// has no Request, Response or Headers (jsdom does not implement fetch). The platform's classes
// where they exist (browsers, Node, happy-dom, and msw, which hands the fake real Requests); else
// plain objects with the few members the fake and the Authing adapter read: method, url, headers,
// signal and the text of a request; status, headers, type and the text of an answer.

const platform = () => typeof Request === 'function' && typeof Response === 'function';

/** What the fake reads of a request's or an answer's headers. */
function plainHeaders(from: HeadersInit | undefined) {
  const entries = new Map(
    Object.entries((from ?? {}) as Record<string, string>).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return {
    get: (name: string) => entries.get(name.toLowerCase()) ?? null,
    [Symbol.iterator]: () => entries.entries(),
  };
}

/** A request to the fake, as `fetch(input, init)` would make it. */
export function fakeRequest(input: RequestInfo | URL, init: RequestInit = {}): Request {
  if (platform()) return new Request(input, init);
  const text = typeof init.body === 'string' ? init.body : '';
  const request = {
    method: (init.method ?? 'GET').toUpperCase(),
    url: String(input),
    headers: plainHeaders(init.headers),
    signal: init.signal ?? new AbortController().signal,
    text: async () => text,
    clone: () => request,
  };
  return request as unknown as Request;
}

/** An answer of the fake: a body with a status and headers, or a network error (`null`). */
export function fakeResponse(body: string | null, init: { status?: number; headers?: Record<string, string> } = {}) {
  if (platform()) return body === null ? Response.error() : new Response(body, init);
  const status = body === null ? 0 : (init.status ?? 200);
  const answer = {
    type: body === null ? 'error' : 'default',
    status,
    ok: status >= 200 && status < 300,
    headers: plainHeaders(init.headers),
    body: null,
    text: async () => body ?? '',
  };
  return answer as unknown as Response;
}
