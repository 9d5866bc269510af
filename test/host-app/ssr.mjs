// Server rendering in Node, with the app's own React (18.3 or 19) in development mode, where React
// prints its warnings: the open dialog renders to HTML, and nothing is printed on the way.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { UnbindPhoneDialog } from 'unbind-phone-kit';

const printed = [];
console.error = (...args) => printed.push(args.join(' '));
console.warn = (...args) => printed.push(args.join(' '));

const client = {
  getAccount: async () => ({
    userId: 'u',
    phone: { number: '13812345678' },
    email: null,
    username: null,
    identities: [],
  }),
  sendUnbindCode: async () => undefined,
  unbindPhone: async () => undefined,
};
const html = renderToString(
  createElement(
    QueryClientProvider,
    { client: new QueryClient() },
    createElement(UnbindPhoneDialog, { client, open: true }),
  ),
);
if (!html.includes('<dialog')) printed.push(`no <dialog> in the server HTML: ${html.slice(0, 200)}`);
if (printed.length) {
  process.stdout.write(`${printed.join('\n')}\n`);
  process.exit(1);
}
