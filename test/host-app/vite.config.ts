import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Two pages: the drop-in flow under a strict CSP (index.html) and the host conditions (conditions.html).
export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', rollupOptions: { input: ['index.html', 'conditions.html'] } },
});
