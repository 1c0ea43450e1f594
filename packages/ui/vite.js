// Plain JavaScript on purpose: Vite bundles an app's vite.config.ts but loads the packages it
// imports with Node itself, which cannot run TypeScript. The types are in vite.d.ts.
import { fileURLToPath } from 'node:url';

/** Typed and described in vite.d.ts. */
export function loketPage(head) {
  // The app's own lines without the notes for developers, indented like the rest of the head.
  const own = head
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim()
    .split(/\s*\n\s*/)
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="data:," />
    ${own}
  </head>
  <body>
    <div id="root">
      <noscript>This application needs JavaScript. Please enable it and reload the page.</noscript>
    </div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;
}

/** Typed and described in vite.d.ts. */
export function defineLoketApp(configUrl, { defaultPort, plugins }) {
  const root = fileURLToPath(new URL('.', configUrl));
  const port = Number.parseInt(process.env.PORT ?? '', 10) || defaultPort;
  return {
    root,
    plugins: [
      ...plugins,
      { name: 'loket-page', transformIndexHtml: { order: 'pre', handler: (html) => loketPage(html) } },
    ],
    server: { port, strictPort: true },
    preview: { port, strictPort: true },
    build: { outDir: 'dist', emptyOutDir: true },
  };
}
