/**
 * The `rooms-emulator` command: starts the local Rooms and Identity service and prints its connection string.
 */
import { parseArgs } from 'node:util';
import { createRoomsEmulator, DEFAULT_EVENT_GRID_TOPIC_NAME, type RoomsEmulator } from './createRoomsEmulator';
import { IDENTITY_API_VERSION, ROOMS_API_VERSION } from './apiVersions';

/** The port `rooms-emulator` listens on when `--port` is not given, so a saved connection string stays valid. */
export const DEFAULT_CLI_PORT = 7400;

const USAGE = `Usage: rooms-emulator [--port N] [--host ADDRESS] [--data FILE] [--access-key KEY]
                      [--event-grid-webhook URL [--event-grid-topic NAME]]

A local Azure Communication Services Rooms (${ROOMS_API_VERSION}) and Identity (${IDENTITY_API_VERSION}) service.

  --port N          TCP port (0 picks a free one).            Default: ${DEFAULT_CLI_PORT}
  --host ADDRESS    Interface to listen on.                    Default: 127.0.0.1
  --data FILE       Keep the state in FILE across restarts: a journal to which every change is appended and
                    flushed before it is answered. A damaged FILE stops the start and is left as it is.
                    Default: in memory only
  --access-key KEY  The access key (base64).                   Default: the one saved in FILE, else a random key
  --event-grid-webhook URL
                    Post the shared room call's events to URL as Event Grid does (the validation handshake
                    first), e.g. http://127.0.0.1:3000/api/rooms/eventgrid?secret=S.      Default: none
  --event-grid-topic NAME
                    The resource name in the events' topic.   Default: ${DEFAULT_EVENT_GRID_TOPIC_NAME}
  --help            Show this text.

The second line printed is the connection string; give it to RoomsClient and CommunicationIdentityClient with
{ allowInsecureConnection: true }, or to createRoomsRequestHandler({ connectionString }).`;

/** Where {@link runRoomsEmulatorCli} writes. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Runs `rooms-emulator` with the given arguments; resolves with the running emulator (or `undefined` after `--help`
 * or a usage error, with `process.exitCode` set). Stops the emulator on SIGINT and SIGTERM.
 *
 * @example
 * ```ts
 * await runRoomsEmulatorCli(['--port', '0', '--data', 'rooms.journal']);
 * ```
 */
export async function runRoomsEmulatorCli(
  argv: readonly string[],
  output: CliOutput = consoleOutput,
): Promise<RoomsEmulator | undefined> {
  let values: {
    port?: string;
    host?: string;
    data?: string;
    'access-key'?: string;
    'event-grid-webhook'?: string;
    'event-grid-topic'?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        'access-key': { type: 'string' },
        'event-grid-webhook': { type: 'string' },
        'event-grid-topic': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    output.err(`rooms-emulator: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return undefined;
  }
  if (values.help) {
    output.out(USAGE);
    return undefined;
  }
  const port = values.port === undefined ? DEFAULT_CLI_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    output.err(`rooms-emulator: --port must be a whole number from 0 to 65535, not "${values.port}".`);
    process.exitCode = 2;
    return undefined;
  }

  const webhook = values['event-grid-webhook'];
  if (webhook !== undefined && !/^https?:\/\/[^/]/i.test(webhook)) {
    output.err(`rooms-emulator: --event-grid-webhook must be an http(s) URL, not "${webhook}".`);
    process.exitCode = 2;
    return undefined;
  }
  if (values['event-grid-topic'] !== undefined && webhook === undefined) {
    output.err('rooms-emulator: --event-grid-topic needs --event-grid-webhook.');
    process.exitCode = 2;
    return undefined;
  }

  let emulator: RoomsEmulator;
  try {
    emulator = await createRoomsEmulator({
      port,
      host: values.host,
      dataFile: values.data,
      accessKey: values['access-key'],
      ...(webhook !== undefined ? { eventGridWebhook: { url: webhook, topicName: values['event-grid-topic'] } } : {}),
    });
  } catch (error) {
    output.err(`rooms-emulator: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return undefined;
  }
  output.out(
    `rooms-emulator: Rooms ${ROOMS_API_VERSION} and Identity ${IDENTITY_API_VERSION} on ${emulator.url} ` +
      `(${values.data === undefined ? 'in memory' : `data: ${values.data}`}); Ctrl-C stops it.`,
  );
  output.out(emulator.connectionString);

  const stop = (): void => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return emulator;
}
