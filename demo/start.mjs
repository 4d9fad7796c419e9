// The demo host app, the kit's main job: `npm start` runs a local Rooms service (or the real one when
// ACS_CONNECTION_STRING is set), the kit's request handler and the clinic app, on localhost, in one process.
// Ctrl-C stops all of them.
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { seedClinic } from './seed.mjs';
import { API_BASE, demoViteConfig } from './viteConfig.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 5173);
const host = '127.0.0.1';

// The API is mounted ahead of Vite's own middlewares (its SPA fallback would answer /api with index.html); the
// handler itself is made once Vite can load the server code.
let apiHandler;
const api = {
  name: 'rooms-kit-api',
  configureServer(server) {
    server.middlewares.use((request, response, next) => (apiHandler ? apiHandler(request, response, next) : next()));
  },
};

const vite = await createServer({
  ...demoViteConfig({ plugins: [api] }),
  logLevel: 'warn',
  server: { host, port, strictPort: false, fs: { allow: [root] } },
});

// Server-side kit code is TypeScript; Vite loads it for Node without a build step.
const { createRoomsEmulator } = await vite.ssrLoadModule(`${root}src/emulator/index.ts`);
const { createRoomsRequestHandler } = await vite.ssrLoadModule(`${root}src/server/index.ts`);

let emulator;
let connectionString = process.env.ACS_CONNECTION_STRING;
if (!connectionString) {
  emulator = await createRoomsEmulator({ host, port: 0, dataFile: process.env.DEMO_DATA || undefined });
  connectionString = emulator.connectionString;
}

const isLoopback = (address) => address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
const handler = (apiHandler = createRoomsRequestHandler({
  connectionString,
  basePath: API_BASE,
  // The demo serves only this machine, so its "join as" panes may join as any roster member (`join:asOther`). A real
  // host passes `currentUser` (the signed-in user, from its session) and allows `join` (as oneself) but not
  // `join:asOther`; it checks here who may create rooms or edit a roster.
  authorize: (request) => isLoopback(request.socket.remoteAddress),
}));

const clinic = await seedClinic(handler);
await vite.listen();
const url = vite.resolvedUrls?.local[0] ?? `http://${host}:${port}/`;
console.log(`\nRiverside Clinic demo: ${url}`);
console.log(
  emulator
    ? `Rooms service: local emulator at ${emulator.url} (${clinic.people} people, ${clinic.rooms} appointments)`
    : 'Rooms service: Azure Communication Services (ACS_CONNECTION_STRING)',
);
console.log('Press Ctrl-C to stop.\n');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await vite.close();
  await emulator?.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
