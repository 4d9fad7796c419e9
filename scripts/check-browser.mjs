// Fails in one line, with the fix, when no Chromium is available for the browser tests.
import { findChromium, INSTALL_HINT } from './chromium.mjs';

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
