// The demo host app, the kit's main job: `npm start` runs a local Rooms service (or the real one when
// ACS_CONNECTION_STRING is set), the kit's request handler and the clinic app, on localhost, in one process.
// Ctrl-C stops all of them.
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
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
// The call service's address as the browser sees it: the page reaches the local Rooms service's shared call through
// this origin, as a calling SDK reaches the service with its token (the token, not the page, authenticates).
const CALL_SERVICE = '/local-call/';
let callService;
const api = {
  name: 'rooms-kit-api',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (callService && request.url?.startsWith(CALL_SERVICE)) return forward(request, response, callService);
      return apiHandler ? apiHandler(request, response, next) : next();
    });
  },
};

/** Passes a request on to the local Rooms service as it is, streaming both ways (the call's stream included). */
function forward(request, response, target) {
  const url = new URL(request.url.slice(CALL_SERVICE.length - 1), target);
  const upstream = httpRequest(
    url,
    { method: request.method, headers: { ...request.headers, host: url.host } },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => {
    if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { code: 'BadGateway', message: 'The local Rooms service did not answer.' } }));
  });
  response.on('close', () => upstream.destroy());
  request.pipe(upstream);
}

const vite = await createServer({
  ...demoViteConfig({ plugins: [api] }),
  logLevel: 'warn',
  server: { host, port, strictPort: false, fs: { allow: [root] } },
});

// Server-side kit code is TypeScript; Vite loads it for Node without a build step.
const { createRoomsEmulator } = await vite.ssrLoadModule(`${root}src/emulator/index.ts`);
const { createRoomsRequestHandler } = await vite.ssrLoadModule(`${root}src/server/index.ts`);

// Listening first: the local Rooms service posts the call's Event Grid events to the handler at this address.
await vite.listen();
const url = vite.resolvedUrls?.local[0] ?? `http://${host}:${port}/`;
// Event Grid authenticates to the webhook with the secret in its URL; a new one each run.
const eventGridSecret = randomBytes(24).toString('base64url');
const LOCAL_RESOURCE = 'riverside-clinic';

let emulator;
let connectionString = process.env.ACS_CONNECTION_STRING;
if (!connectionString) {
  emulator = await createRoomsEmulator({
    host,
    port: 0,
    dataFile: process.env.DEMO_DATA || undefined,
    eventGridWebhook: {
      url: new URL(`${API_BASE}/eventgrid?secret=${eventGridSecret}`, url).href,
      topicName: LOCAL_RESOURCE,
    },
  });
  connectionString = emulator.connectionString;
  callService = emulator.url;
}

const isLoopback = (address) => address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
const handler = (apiHandler = createRoomsRequestHandler({
  connectionString,
  basePath: API_BASE,
  // The demo serves only this machine, so its "join as" panes may join as any roster member (`join:asOther`). A real
  // host passes `currentUser` (the signed-in user, from its session) and allows `join` (as oneself) but not
  // `join:asOther`; it checks here who may create rooms or edit a roster.
  authorize: (request) => isLoopback(request.socket.remoteAddress),
  // The call's activity (who joined, who left) arrives as Event Grid delivers it, from the local service or Azure.
  // Events of other resources are ignored: the local service's, or the Azure resource named in ACS_RESOURCE_NAME.
  eventGrid: { secret: eventGridSecret, resourceName: emulator ? LOCAL_RESOURCE : process.env.ACS_RESOURCE_NAME },
}));

const clinic = await seedClinic(handler);
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
  await handler.close();
  await emulator?.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
