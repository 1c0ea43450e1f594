import { defineLoketApp } from '@loket/ui/vite';
import react from '@vitejs/plugin-react';

export default defineLoketApp(import.meta.url, { defaultPort: 5176, plugins: [react()] });
