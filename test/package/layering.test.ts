/**
 * The layers import one way only, and ESLint says so: an import that runs up the layers (core → adapter, adapter →
 * server, the Node toolkit → emulator, server ↔ emulator, server → adapter…) fails the lint, and the imports each
 * layer does need pass. Checked on snippets linted as if they stood at those paths, so the rule is tested, not the
 * tree as it happens to be today.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function refusals(file: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { thing } from '${specifier}';\nexport const used = thing;\n`, {
    filePath: `${root}${file}`,
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering', () => {
  it.each([
    ['src/core/rooms.ts', '../adapter/types'],
    ['src/core/rooms.ts', '../node/http'],
    ['src/core/rooms.ts', '../index'],
    ['src/core/rooms.ts', 'react'],
    ['src/adapter/http/transport.ts', '../../server/cursor'],
    ['src/adapter/http/transport.ts', '../../emulator'],
    ['src/adapter/http/transport.ts', '../../node/http'],
    ['src/adapter/types.ts', '../components/RolePicker'],
    ['src/adapter/types.ts', '../composites/RoomCallComposite'],
    ['src/adapter/types.ts', '@azure/communication-react'],
    ['src/node/http/router.ts', '../../emulator/hmac'],
    ['src/node/http/router.ts', '../../server/sdkErrors'],
    ['src/node/http/router.ts', '../../adapter/types'],
    ['src/server/createRoomsRequestHandler.ts', '../emulator'],
    ['src/server/createRoomsRequestHandler.ts', '../adapter/types'],
    ['src/server/directory.ts', '../adapter/inMemory/people'],
    ['src/server/directory.ts', '../hooks'],
    ['src/server/directory.ts', '../strings'],
    ['src/server/directory.ts', '../provider/RoomsKitProvider'],
    ['src/emulator/store.ts', '../server/cursor'],
    ['src/emulator/store.ts', '../adapter/inMemory/people'],
    ['src/emulator/store.ts', '../components'],
    ['src/emulator/store.ts', 'acs-rooms-kit/server'],
  ])('refuses %s importing %s', async (file, specifier) => {
    expect(await refusals(file, specifier)).toHaveLength(1);
  });

  it.each([
    ['src/core/rooms.ts', './roles'],
    ['src/adapter/http/transport.ts', '../../core/errors'],
    ['src/adapter/http/transport.ts', '../types'],
    ['src/node/http/router.ts', './serviceError'],
    ['src/node/http/router.ts', '../../core/errors'],
    ['src/server/createRoomsRequestHandler.ts', '../node/http'],
    ['src/server/createRoomsRequestHandler.ts', '../core/types'],
    ['src/server/createRoomsRequestHandler.ts', './sdkErrors'],
    ['src/emulator/store.ts', '../node/http'],
    ['src/emulator/store.ts', '../core/roomsModel'],
    ['src/emulator/store.ts', './serviceErrors'],
  ])('lets %s import %s', async (file, specifier) => {
    expect(await refusals(file, specifier)).toEqual([]);
  });
});
