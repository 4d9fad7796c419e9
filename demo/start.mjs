// The demo host app, the kit's main job: `npm start` runs a local Rooms service (or the real one when
// ACS_CONNECTION_STRING is set), the kit's request handler and the clinic app, on localhost, in one process.
// Ctrl-C stops all of them.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { build, createServer, preview } from 'vite';
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
// The clinic's sign-in, as a host app's session would be: the server signs the user id into an HttpOnly cookie, and
// the kit's handler learns who is signed in from that cookie alone (`currentUser`), never from the page.
const SESSION_PATH = '/demo/session';
const SESSION_COOKIE = 'riverside_session';
const sessionSecret = randomBytes(32);
/** The clinic's people, once seeded: whom one may sign in as. */
let directory = [];

function sessionToken(userId) {
  const mac = createHmac('sha256', sessionSecret).update(userId).digest('base64url');
  return `${Buffer.from(userId).toString('base64url')}.${mac}`;
}

/** The signed-in user's id from the session cookie; a missing or forged cookie signs in the clinic's first doctor. */
function sessionUser(request) {
  const cookies = String(request.headers.cookie ?? '').split(/;\s*/);
  const value = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))?.slice(SESSION_COOKIE.length + 1);
  const [encoded, mac] = (value ?? '').split('.');
  if (encoded && mac) {
    const userId = Buffer.from(encoded, 'base64url').toString();
    const expected = Buffer.from(sessionToken(userId).split('.')[1]);
    const given = Buffer.from(mac);
    if (expected.length === given.length && timingSafeEqual(expected, given)) return userId;
  }
  return directory[0]?.id;
}

/** `GET` answers who is signed in and whom one may sign in as; `POST {userId}` signs in as one of the clinic's people. */
function serveSession(request, response) {
  const answer = (status, body, headers = {}) => {
    response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
    response.end(JSON.stringify(body));
  };
  const people = directory.map(({ id, displayName, secondaryText }) => ({ id, displayName, secondaryText }));
  if (request.method === 'GET') return answer(200, { userId: sessionUser(request), people });
  if (request.method !== 'POST') return answer(405, { error: { code: 'MethodNotAllowed', message: 'GET or POST.' } });
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
    if (body.length > 4096) request.destroy();
  });
  request.on('end', () => {
    let userId;
    try {
      userId = JSON.parse(body).userId;
    } catch {
      // answered below
    }
    if (!directory.some((p) => p.id === userId)) {
      return answer(400, { error: { code: 'BadRequest', message: 'Choose one of the clinic’s people.' } });
    }
    const cookie = `${SESSION_COOKIE}=${sessionToken(userId)}; Path=/; HttpOnly; SameSite=Strict`;
    return answer(200, { userId, people }, { 'set-cookie': cookie });
  });
}
function serveApi(request, response, next) {
  if (callService && request.url?.startsWith(CALL_SERVICE)) return forward(request, response, callService);
  if (request.url?.split('?')[0] === SESSION_PATH) return serveSession(request, response);
  return apiHandler ? apiHandler(request, response, next) : next();
}
const api = {
  name: 'rooms-kit-api',
  configureServer: (server) => void server.middlewares.use(serveApi),
  configurePreviewServer: (server) => void server.middlewares.use(serveApi),
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

// `npm start` serves the clinic app as a production build: minified and split, so a new browser shows the list in
// a moment and loads the call only when someone joins (the development build of communication-react alone is
// 70 MB). `DEMO_DEV=1` serves the sources with hot reload instead, for working on the demo or the kit.
const dev = process.env.DEMO_DEV === '1';
const clientDir = `${root}node_modules/.cache/rooms-kit-demo`;
// The client is built before anything else starts: a Vite server started first would set NODE_ENV to development
// for the whole process, and the build would then carry React's development build.
if (!dev) {
  // Built again only when a source changed since the last build: the next start serves the same files at once.
  const fingerprint = sourcesFingerprint();
  const stamp = `${clientDir}/.sources`;
  let built;
  try {
    built = readFileSync(stamp, 'utf8');
  } catch {
    built = undefined;
  }
  if (built !== fingerprint) {
    // Vite bundles whatever NODE_ENV the process has (a test runner's `test` gives React's development build, with
    // StrictMode rendering and running effects twice), so the build is told it is production, whoever starts it.
    const hostNodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      // The call's chunk is communication-react with the calling SDK, large by nature; it loads only for a call.
      await build({
        ...demoViteConfig(),
        mode: 'production',
        logLevel: 'warn',
        build: { outDir: clientDir, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
      });
    } finally {
      if (hostNodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = hostNodeEnv;
    }
    writeFileSync(stamp, fingerprint);
  }
}
// Server-side kit code is TypeScript; a Vite server in middleware mode loads it for Node without a build step.
const loader = await createServer({
  ...demoViteConfig(),
  logLevel: 'warn',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, fs: { allow: [root] } },
});
const { createRoomsEmulator, createLocalServiceCallControl } = await loader.ssrLoadModule(
  `${root}src/emulator/index.ts`,
);
const { createRoomsRequestHandler } = await loader.ssrLoadModule(`${root}src/server/index.ts`);

/** What the client build is made from, by path, size and time of change: the kit, the demo and the installed packages. */
function sourcesFingerprint() {
  const hash = createHash('sha256');
  // The kind of build is part of it: a build made before every build was a production one is made again.
  hash.update('production build\n');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else {
        const { size, mtimeMs } = statSync(path);
        hash.update(`${path}\0${size}\0${mtimeMs}\n`);
      }
    }
  };
  walk(`${root}src`);
  walk(`${root}demo`);
  for (const file of ['package-lock.json', 'node_modules/.package-lock.json']) {
    try {
      const { size, mtimeMs } = statSync(`${root}${file}`);
      hash.update(`${file}\0${size}\0${mtimeMs}\n`);
    } catch {
      // Not every install writes both.
    }
  }
  return hash.digest('hex');
}

let vite;
if (dev) {
  vite = await createServer({
    ...demoViteConfig({ plugins: [api] }),
    logLevel: 'warn',
    server: { host, port, strictPort: false, fs: { allow: [root] } },
  });
  // Listening first: the local Rooms service posts the call's Event Grid events to the handler at this address.
  await vite.listen();
} else {
  vite = await preview({
    ...demoViteConfig({ plugins: [api] }),
    logLevel: 'warn',
    build: { outDir: clientDir },
    preview: { host, port, strictPort: false },
  });
}
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
  // Who is signed in decides who may knock, who may admit (their role on that room's roster) and who may moderate.
  currentUser: sessionUser,
  // The call's activity (who joined, who left) arrives as Event Grid delivers it, from the local service or Azure.
  // Events of other resources are ignored: the local service's, or the Azure resource named in ACS_RESOURCE_NAME.
  eventGrid: { secret: eventGridSecret, resourceName: emulator ? LOCAL_RESOURCE : process.env.ACS_RESOURCE_NAME },
  // Mute, remove, lower hands, spotlight and end for everyone are carried out by the local service's call, which the
  // handler reaches with the resource's key (on Azure, a host would plug in Call Automation here).
  ...(emulator ? { callControl: createLocalServiceCallControl({ connectionString }) } : {}),
}));

const clinic = await seedClinic(handler);
directory = clinic.directory;
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
  await loader.close();
  await handler.close();
  await emulator?.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
