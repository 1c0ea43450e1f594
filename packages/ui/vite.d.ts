import type { PluginOption, UserConfig } from 'vite';

export interface LoketAppOptions {
  /** The dev and preview port unless PORT is set. */
  defaultPort: number;
  /** The app's own Vite plugins (the React plugin). */
  plugins: PluginOption[];
}

/**
 * The page every app is served in. The app's index.html holds only what is its own (the title,
 * a description), which goes into this page's head; HTML comments there are notes for developers.
 */
export declare function loketPage(head: string): string;

/**
 * The Vite config of a Loket web app: `export default defineLoketApp(import.meta.url, { ... })`.
 * The root is anchored to the app's folder, not the working directory: the dev platform starts
 * the app with createServer({ configFile, root }) from the repository root. PORT overrides the
 * port, and a taken port is an error rather than a silent move to the next one. The page around
 * the app's index.html is loketPage.
 */
export declare function defineLoketApp(configUrl: string, options: LoketAppOptions): UserConfig;
