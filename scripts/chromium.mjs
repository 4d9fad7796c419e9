// Finds the Chromium the browser tests drive: $CHROMIUM_PATH (or $CHROME_PATH), else Debian's /usr/bin/chromium.
// Downloaded browsers (`npx playwright install`) are not used: they cannot be fetched on the kit's CI machines.
import { existsSync } from 'node:fs';

export const INSTALL_HINT =
  'No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium/Chrome binary.';

/** The Chromium binary to use, or undefined when there is none. */
export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  return candidates.find((p) => p && existsSync(p));
}

/** Flags that let Chromium run headless as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
