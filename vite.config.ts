import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv } from 'vite';
import type { Plugin, UserConfig } from 'vite';
import { framePageBuild, framePageDevServer } from './frame/vite-plugins.ts';
import packageJson from './package.json' with { type: 'json' };
import {
  postalDataAtFixedNames,
  postalDataFolder,
  postalDataModule,
  postalDataWithoutSourceMaps,
} from './scripts/postal-data-vite-plugins.ts';
import { inBrowserEmulatorStarting } from './demo/connection-status.ts';
import { firstRenderChunk } from './scripts/first-render-chunk.ts';
import { templatesWithoutFormatting } from './scripts/template-whitespace-plugin.ts';

/*
 * One config, three outputs:
 *   `vite build`              → dist/index.js + dist/components.js (ES library, runtime deps external),
 *                               dist/react.js (React wrappers), dist/components-stand-in.js (Node without a DOM)
 *                               and dist/token-forms.js (script-tag bundle, heavy data in dist/token-forms/ chunks)
 *   `vite build --mode demo`  → dist-demo/ (`npm run build:demo`: the demo as static files, a CSP meta tag,
 *                               the emulator in a service worker)
 *   `vite` / `vite preview --mode demo` → the demo page for development (Node emulator) or as built.
 */

// The demo talks to the local emulator unless told otherwise (`npm start` passes the port it chose).
const defaultEmulatorUrl = 'http://127.0.0.1:12111';

// Frameworks are the host's (peer dependencies); the framework entries import the elements by the
// package's own name, so that the elements are defined once, by `dist/components.js`.
const runtimeDependencies = [
  ...Object.keys(packageJson.dependencies),
  ...Object.keys(packageJson.peerDependencies),
  'token-forms/components',
];

// package.json's `sideEffects` names the published files that define the elements, for integrators'
// bundlers. This repository's own builds start from the sources, where the defining modules are others:
// there every source module keeps its side effects (a transform's answer outranks package.json).
const projectRoot = fileURLToPath(new URL('.', import.meta.url));
function ownModulesKeepSideEffects(): Plugin {
  return {
    name: 'token-forms:own-modules-keep-side-effects',
    transform(_code, id) {
      return id.startsWith(projectRoot) && !id.includes('/node_modules/') ? { moduleSideEffects: true } : null;
    },
  };
}

/** What a chunk's file name is chosen from (Rolldown's `PreRenderedChunk`, the part read here). */
interface ChunkToName {
  readonly moduleIds: readonly string[];
}

/**
 * Chunk file names in `folder`: by name and hash, except Japan Post's data, named by its date and prefix
 * (`jp-postal-2025-09-30/150.js`). The table of ~950 imports that names those chunks then compresses, which
 * hashes do not, and new data still comes at new URLs, so no cache serves the old.
 */
function chunkFileNames(folder: string): (chunk: ChunkToName) => string {
  return (chunk) => {
    const postalData = chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => postalDataModule.test(id));
    return postalData ? `${folder}/${postalDataFolder}/[name].js` : `${folder}/[name]-[hash].js`;
  };
}

// Where the library and script-tag builds go; a test builds into a folder of its own.
const outDir = process.env.TOKEN_FORMS_OUT_DIR ?? 'dist';

// Bare imports of a runtime dependency (and its subpaths, e.g. `lit/decorators.js`) stay imports in the library.
function isRuntimeDependency(id: string): boolean {
  return runtimeDependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

// The script-tag bundle starts here; what it imports statically is one chunk (`scripts/first-render-chunk.ts`).
const scriptTagEntry = fileURLToPath(new URL('components/index.ts', import.meta.url));

const libraryAndScriptTag: UserConfig = {
  // Chunks are found relative to the file that imports them, wherever the folder is served from.
  base: './',
  plugins: [
    ownModulesKeepSideEffects(),
    templatesWithoutFormatting(),
    postalDataAtFixedNames('scriptTag', 'token-forms'),
    postalDataWithoutSourceMaps(),
    framePageBuild(),
  ],
  builder: {
    async buildApp(builder) {
      const { library, scriptTag, framePage } = builder.environments;
      if (!library || !scriptTag || !framePage) throw new Error('vite.config.ts: the library builds are missing');
      // In order: the library empties dist/, the script-tag bundle and the frame page are written next to it.
      await builder.build(library);
      await builder.build(scriptTag);
      await builder.build(framePage);
    },
  },
  environments: {
    library: {
      consumer: 'client',
      build: {
        outDir,
        emptyOutDir: true,
        sourcemap: true,
        minify: false,
        lib: {
          entry: {
            index: 'src/index.ts',
            components: 'components/index.ts',
            'components-stand-in': 'components/server/stand-ins.ts',
            react: 'frameworks/react/index.ts',
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: isRuntimeDependency,
          output: { chunkFileNames: chunkFileNames('shared') },
        },
      },
    },
    scriptTag: {
      consumer: 'client',
      build: {
        outDir,
        emptyOutDir: false,
        sourcemap: true,
        // An app-style build, not library mode: library mode keeps whitespace, and a script tag wants it gone.
        // `TOKEN_FORMS_UNMINIFIED=1` keeps names, for reading a profile of the bundle.
        minify: process.env.TOKEN_FORMS_UNMINIFIED !== '1',
        // A lazy chunk's own imports are fetched beside it (`<link rel="modulepreload">`), not after it arrives.
        // Every browser the elements support preloads modules: no polyfill.
        modulePreload: { polyfill: false },
        copyPublicDir: false,
        rolldownOptions: {
          input: { 'token-forms': scriptTagEntry },
          preserveEntrySignatures: 'strict',
          // Everything is bundled; dynamic imports (phone metadata, country names, ID validators) become
          // chunks that the browser fetches only when a form needs them, relative to token-forms.js.
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: chunkFileNames('token-forms'),
            codeSplitting: { groups: [firstRenderChunk('core', scriptTagEntry)] },
          },
        },
      },
    },
    // dist/frame/index.html and its assets: the page `isolation="frame"` loads, for an origin of its own.
    framePage: {
      consumer: 'client',
      build: {
        outDir,
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        copyPublicDir: false,
        assetsDir: 'frame/assets',
        rolldownOptions: { input: 'frame/index.html' },
      },
    },
  },
};

// The demo allows no inline script or style, and network only to the token APIs. The dev server sends the
// same policy as a header, widened to any loopback port (live reload, one emulator per test worker), so
// a component that needs inline code fails during development, not in an integrator's page.
function contentSecurityPolicy(emulatorOrigin: string | null, development = false): string {
  const loopback = development ? ' ws://127.0.0.1:* http://127.0.0.1:* http://localhost:*' : '';
  // In development the frame page of `isolation="frame"` is served on `localhost`, a second origin.
  const frames = development ? "; frame-src 'self' http://localhost:*" : '';
  // The static build's emulator answers on the page's own origin: 'self' covers it.
  const emulator = emulatorOrigin === null ? '' : ` ${emulatorOrigin}`;
  return (
    [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      `connect-src 'self'${emulator} https://api.stripe.com https://files.stripe.com${loopback}`,
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ].join('; ') + frames
  );
}

// The built demo carries its own CSP; the dev server needs inline HMR code, so only the build gets it.
function contentSecurityPolicyMeta(policy: string): Plugin {
  return {
    name: 'token-forms:csp-meta',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

// index.html's connection box says "Checking the emulator…" until the page's script runs. The static build
// knows already which emulator it is, so its page says from the first paint what the script will say first.
function inBrowserEmulatorStatus(): Plugin {
  const placeholder = '>Checking the emulator…</p>';
  return {
    name: 'token-forms:in-browser-emulator-status',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(placeholder)) throw new Error(`index.html: the connection status ${placeholder} is missing`);
      const text = inBrowserEmulatorStarting.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
      return html.replace(placeholder, `>${text}</p>`);
    },
  };
}

// `npm run build:demo`: the demo as plain static files for any host and any sub-path (`/token-forms/`):
// relative asset paths, and the emulator core as a service worker beside index.html (its scope is the
// demo's folder) instead of the Node emulator. A test builds into a folder of its own.
const demoOutDir = process.env.TOKEN_FORMS_DEMO_OUT_DIR ?? 'dist-demo';
const staticDemo: UserConfig = {
  base: './',
  define: {
    'import.meta.env.VITE_TOKEN_FORMS_BACKEND': JSON.stringify('service-worker'),
    'import.meta.env.VITE_TOKEN_FORMS_EMULATOR_URL': JSON.stringify(''),
  },
  build: {
    outDir: demoOutDir,
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: { output: { chunkFileNames: chunkFileNames('assets') } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  plugins: [
    ownModulesKeepSideEffects(),
    templatesWithoutFormatting(),
    postalDataAtFixedNames('client', 'assets'),
    postalDataWithoutSourceMaps(),
    contentSecurityPolicyMeta(contentSecurityPolicy(null)),
    inBrowserEmulatorStatus(),
  ],
  builder: {
    async buildApp(builder) {
      const { client, serviceWorker } = builder.environments;
      if (!client || !serviceWorker) throw new Error('vite.config.ts: the demo and service worker builds are missing');
      await builder.build(client);
      await builder.build(serviceWorker);
    },
  },
  environments: {
    serviceWorker: {
      consumer: 'client',
      build: {
        outDir: demoOutDir,
        emptyOutDir: false,
        copyPublicDir: false,
        minify: true,
        // A classic script: module service workers are not everywhere yet.
        lib: {
          entry: 'emulator/service-worker/worker.ts',
          formats: ['iife'],
          name: 'tokenFormsEmulator',
          fileName: () => 'emulator-worker.js',
        },
      },
    },
  },
};

export default defineConfig(({ command, mode }) => {
  if (mode === 'demo') return staticDemo;
  if (command === 'build') return libraryAndScriptTag;
  // `npm start`: the dev server with the Node emulator.
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const emulatorUrl = env.VITE_TOKEN_FORMS_EMULATOR_URL ?? defaultEmulatorUrl;
  return {
    server: {
      host: '127.0.0.1',
      port: 5173,
      strictPort: true,
    },
    // The page policy everywhere, the frame page's own on /frame/ (frame/vite-plugins.ts).
    plugins: [
      templatesWithoutFormatting(),
      framePageDevServer(contentSecurityPolicy(new URL(emulatorUrl).origin, true), new URL(emulatorUrl).origin),
    ],
    // The pages this server serves; the examples are apps of their own, built on the packed package.
    optimizeDeps: { entries: ['index.html', 'e2e/pages/*.html', 'frame/index.html'] },
    // One source for the default, so the page never has to guess.
    define: {
      'import.meta.env.VITE_TOKEN_FORMS_EMULATOR_URL': JSON.stringify(emulatorUrl),
      'import.meta.env.VITE_TOKEN_FORMS_BACKEND': JSON.stringify('node'),
    },
  };
});
