// How the builds ship Japan Post's data: ~950 chunks of generated JSON, one per three-digit prefix,
// named by the data's date and the prefix (`jp-postal-2025-09-30/150.js`).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { JAPAN_POSTAL_DATA_DATE } from '../src/postal/jp-data/index.ts';

export const postalDataModule = /\/src\/postal\/jp-data\/\d{3}\.json$/u;

/** The folder of one data date's chunks: a new date comes at new URLs, so no cache serves the old data. */
export const postalDataFolder = `jp-postal-${JAPAN_POSTAL_DATA_DATE}`;

const dataDirectory = fileURLToPath(new URL('../src/postal/jp-data/', import.meta.url));
const loaderModule = /\/src\/postal\/jp-data-loader\.ts$/u;
const importByPrefix = 'import(`./jp-data/${prefix}.json`)';

/**
 * For a build served as files (the script-tag bundle, the demo: the environment named), whose chunks all sit
 * in `chunkFolder`:
 * each postal chunk is emitted at its fixed name beside the loader, and the loader imports it by that name
 * instead of through a table of ~950 imports (the bundler's, for a variable import), which would weigh
 * several KB gzip on the first lookup. The library keeps the table, for the host's bundler to follow.
 */
export function postalDataAtFixedNames(environmentName: string, chunkFolder: string): Plugin {
  return {
    name: 'token-forms:postal-data-at-fixed-names',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === environmentName,
    buildStart() {
      for (const name of readdirSync(dataDirectory).filter((file) => /^\d{3}\.json$/u.test(file))) {
        this.emitFile({
          type: 'chunk',
          id: `${dataDirectory}${name}`,
          fileName: `${chunkFolder}/${postalDataFolder}/${name.replace(/\.json$/u, '.js')}`,
          preserveSignature: 'strict',
        });
      }
    },
    transform(code, id) {
      if (!loaderModule.test(id)) return null;
      if (!code.includes(importByPrefix))
        throw new Error('postal-data-vite-plugins: the loader no longer imports by prefix');
      // Relative to the loader's own chunk, in the same folder as the data's.
      const byName = `import(/* @vite-ignore */ \`./${postalDataFolder}/\${prefix}.js\`)`;
      return { code: code.replace(importByPrefix, byName), map: null };
    },
  };
}

/** The postal chunks go without source maps: one each would double the files a host serves, to show JSON. */
export function postalDataWithoutSourceMaps(): Plugin {
  return {
    name: 'token-forms:postal-data-without-source-maps',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        const postalData = output.type === 'chunk' && output.moduleIds.every((id) => postalDataModule.test(id));
        if (!postalData || output.moduleIds.length === 0) continue;
        output.code = output.code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/u, '\n');
        output.map = null;
        output.sourcemapFileName = null;
        delete bundle[`${output.fileName}.map`];
      }
    },
  };
}
