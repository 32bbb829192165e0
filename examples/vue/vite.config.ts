import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths, so the built app works from any folder.
  base: './',
  plugins: [
    vue({
      // <person-token-form> and <account-token-form> are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.endsWith('-token-form') } },
    }),
  ],
});
