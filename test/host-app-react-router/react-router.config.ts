import type { Config } from '@react-router/dev/config';

// Framework mode with server rendering: each page is rendered in Node, then hydrated.
export default { ssr: true } satisfies Config;
