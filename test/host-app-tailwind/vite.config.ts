import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Two pages, one per import order of the two stylesheets.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: { target: 'es2022', rollupOptions: { input: ['kit-first.html', 'tailwind-first.html'] } },
});
