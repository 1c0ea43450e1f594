import { defineLoketApp } from '@loket/ui/vite';
import react from '@vitejs/plugin-react';

export default defineLoketApp(import.meta.url, { defaultPort: 5175, plugins: [react()] });
