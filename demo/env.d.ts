/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the local emulator; set by vite.config.ts (default http://127.0.0.1:12111). */
  readonly VITE_TOKEN_FORMS_EMULATOR_URL: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
