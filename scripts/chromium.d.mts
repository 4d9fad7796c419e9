/** Hint printed when no Chromium is found. */
export const INSTALL_HINT: string;
/** The Chromium binary to use, or undefined when there is none. */
export function findChromium(): string | undefined;
/** Flags that let Chromium run headless as root on a machine with no outside network. */
export const CHROMIUM_ARGS: string[];
