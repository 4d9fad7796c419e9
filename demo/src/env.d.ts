/// <reference types="vite/client" />
interface ImportMetaEnv {
  /** Where the demo server mounts the kit's request handler. */
  readonly DEMO_API_BASE?: string;
}
