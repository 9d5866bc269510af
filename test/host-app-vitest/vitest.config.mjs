import { defineConfig } from 'vitest/config';

// JSX with React's automatic runtime, as a React host compiles it; the test globals, which the
// test file shares with the Jest host.
export default defineConfig({ oxc: { jsx: { runtime: 'automatic' } }, test: { globals: true } });
