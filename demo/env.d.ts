/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the local emulator; set by vite.config.ts (default http://127.0.0.1:12111). */
  readonly VITE_TOKEN_FORMS_EMULATOR_URL: string;
  /** `service-worker` in the static build (the emulator runs in the page's service worker), else `node`. */
  readonly VITE_TOKEN_FORMS_BACKEND: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
