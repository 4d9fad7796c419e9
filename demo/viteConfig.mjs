// The demo client's Vite configuration, shared by `npm start` and the test that scans its production build.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the demo server mounts the kit's request handler. */
export const API_BASE = '/api/rooms';

/** The Vite config of the clinic app; `plugins` adds to the React plugin. */
export function demoViteConfig({ plugins = [] } = {}) {
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    configFile: false,
    plugins: [react(), ...plugins],
    resolve: {
      // The demo imports the kit by its package names, as a host app would.
      alias: [
        { find: /^acs-rooms-kit\/(call|testing)$/, replacement: `${root}src/$1.ts` },
        { find: /^acs-rooms-kit$/, replacement: `${root}src/index.ts` },
      ],
    },
    define: { 'import.meta.env.DEMO_API_BASE': JSON.stringify(API_BASE) },
    // The call page is loaded lazily; pre-bundle its dependencies at start so the first join does not reload it.
    optimizeDeps: { entries: ['index.html', 'src/RoomView.tsx'], include: ['@azure/communication-react'] },
  };
}
