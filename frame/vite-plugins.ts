// How Vite serves and builds the frame page (frame/index.html): its own CSP, and the allow-list of the
// origins that may embed it.
import type { Plugin } from 'vite';
import { ALLOWED_PARENTS_META } from '../components/frame/protocol.ts';
import { framePagePolicy, STRIPE_CONNECT_SOURCES } from './policy.ts';

const isFramePage = (path: string): boolean => path === '/frame/' || path.startsWith('/frame/');

/** Fills the frame page's allow-list meta tag. */
function withAllowedParents(html: string, origins: readonly string[]): string {
  return html.replace(
    new RegExp(`(<meta name="${ALLOWED_PARENTS_META}" content=")[^"]*(")`),
    `$1${origins.join(' ')}$2`,
  );
}

/**
 * The dev server: the frame page is reached on `localhost` while the demo is on `127.0.0.1`, two origins
 * of one server. The frame page gets its own policy (with `frame-ancestors` naming the demo's origin) and
 * the demo's origin in its allow-list; every other path keeps the page policy.
 */
export function framePageDevServer(pagePolicy: string, emulatorOrigin: string): Plugin {
  let parent = '';
  return {
    name: 'token-forms:frame-page-dev',
    apply: 'serve',
    configureServer(server) {
      parent = `http://127.0.0.1:${server.config.server.port ?? 5173}`;
      const framePolicy = framePagePolicy({ frameAncestors: [parent], connect: [emulatorOrigin], development: true });
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        response.setHeader('Content-Security-Policy', isFramePage(path) ? framePolicy : pagePolicy);
        next();
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => (isFramePage(context.path) ? withAllowedParents(html, [parent]) : html),
    },
  };
}

/** The build: the frame page's policy as a meta tag, talking to Stripe only; the allow-list left for the deployer. */
export function framePageBuild(): Plugin {
  return {
    name: 'token-forms:frame-page-build',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (_html, context) =>
        isFramePage(context.path)
          ? [
              {
                tag: 'meta',
                attrs: {
                  'http-equiv': 'Content-Security-Policy',
                  content: framePagePolicy({ frameAncestors: null, connect: STRIPE_CONNECT_SOURCES }),
                },
                injectTo: 'head-prepend',
              },
            ]
          : [],
    },
  };
}
