import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspMetaPlugin } from './src/core/csp';

// The same renderer the desktop app loads, served to any Chromium. The Web host adapter
// is picked at start-up because no preload bridge is present.
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  resolve: { alias: { '@core': resolve(import.meta.dirname, 'src/core') } },
  plugins: [react(), cspMetaPlugin()],
  // GLOSSA_WEB_OUT lets two checkouts or sessions build and preview side by side.
  build: { outDir: resolve(import.meta.dirname, process.env.GLOSSA_WEB_OUT ?? 'out/web'), emptyOutDir: true },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});
