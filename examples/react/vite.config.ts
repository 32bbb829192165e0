import { defineConfig } from 'vite';

// Relative asset paths, so the built app works from any folder.
export default defineConfig({ base: './' });
