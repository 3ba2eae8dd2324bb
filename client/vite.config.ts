import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // The analytics page's chunk carries its chart library (~140 kB gzipped); it loads only for staff on /analytics.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/graphql': { target: 'http://localhost:3000', ws: true } } },
});
