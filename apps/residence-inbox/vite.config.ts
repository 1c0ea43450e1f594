import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Anchored to this file, not the working directory: the dev platform starts the app with
// createServer({ configFile, root }) from the repository root.
const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number.parseInt(process.env.PORT ?? '', 10) || 5175;

export default defineConfig({
  root,
  plugins: [react()],
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
});
