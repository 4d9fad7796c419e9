/**
 * The whole real backend path on loopback, for tests: the local Rooms service, the request handler on node:http in
 * front of it (calling it through the official SDKs), and the HTTP adapter a browser would use.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpRoomsAdapter, type HttpRoomsAdapter, type HttpRoomsAdapterOptions } from '../../src/adapter/http';
import { createRoomsEmulator, type RoomsEmulator, type RoomsEmulatorOptions } from '../../src/emulator';
import { createRoomsRequestHandler, type RoomsRequestHandler, type RoomsRequestHandlerOptions } from '../../src/server';

/** The path the tests serve the contract under. */
export const BASE_PATH = '/api/rooms-kit';

/**
 * A communication user's raw id of the shape the service issues (`8:acs:<resource GUID>_<user GUID>`), the same for
 * the same `n`: for rosters that need no identity behind them (no token is issued to them).
 */
export function userId(n: number): string {
  return `8:acs:4f2a9c1e-7b3d-4e8a-9c5f-1d6b2e8a3f70_00000001-aaaa-bbbb-cccc-${n.toString(16).padStart(12, '0')}`;
}

/** A running stack. */
export interface Stack {
  emulator: RoomsEmulator;
  handler: RoomsRequestHandler;
  /** The handler's server origin, e.g. `http://127.0.0.1:PORT`. */
  origin: string;
  /** `origin + BASE_PATH`. */
  baseUrl: string;
  adapter: HttpRoomsAdapter;
  /** Unexpected failures the handler reported. */
  handlerErrors: unknown[];
  close(): Promise<void>;
}

/** Options of {@link startStack}. */
export interface StackOptions {
  emulator?: RoomsEmulatorOptions;
  /** A local Rooms service already running (shared by several handler instances); left running on close. */
  service?: RoomsEmulator;
  /** Handler options, or a function that makes them once the emulator runs (for clients on its connection string). */
  handler?: Partial<RoomsRequestHandlerOptions> | ((emulator: RoomsEmulator) => Partial<RoomsRequestHandlerOptions>);
  adapter?: Partial<HttpRoomsAdapterOptions>;
  /** Listens with this instead of the handler (to wrap it, as a framework would). */
  serve?: (handler: RoomsRequestHandler) => (request: IncomingMessage, response: ServerResponse) => void;
}

/** Starts a node:http server on 127.0.0.1 with a free port. */
export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Stops a node:http server, cutting kept-alive connections. */
export async function stop(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
}

/** Starts emulator → handler (authorising everything unless told otherwise) → adapter. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const emulator = options.service ?? (await createRoomsEmulator(options.emulator));
  const handlerErrors: unknown[] = [];
  const handler = createRoomsRequestHandler({
    connectionString: emulator.connectionString,
    basePath: BASE_PATH,
    authorize: () => true,
    onError: (error) => handlerErrors.push(error),
    ...(typeof options.handler === 'function' ? options.handler(emulator) : options.handler),
  });
  const server = createServer(options.serve ? options.serve(handler) : (req, res) => void handler(req, res));
  server.on('clientError', handler.onClientError);
  const origin = await listen(server);
  const baseUrl = `${origin}${BASE_PATH}`;
  const adapter = createHttpRoomsAdapter({ baseUrl, retryDelayMs: 1, ...options.adapter });
  return {
    emulator,
    handler,
    origin,
    baseUrl,
    adapter,
    handlerErrors,
    async close() {
      await stop(server);
      await handler.close();
      if (!options.service) await emulator.close();
    },
  };
}
