import { defineLoketApp } from '@loket/ui/vite';
import react from '@vitejs/plugin-react';

export default defineLoketApp(import.meta.url, { defaultPort: 5173, plugins: [react()] });
