import { defineConfig } from 'vitest/config';

// JSX with React's automatic runtime, as a React host compiles it.
export default defineConfig({ oxc: { jsx: { runtime: 'automatic' } } });
