// The frame page's Content-Security-Policy, written once: the dev server sends it as a header, the build
// puts it (without `frame-ancestors`, which only a header can set) in the page's meta tag, and README
// documents the same directives.

export interface FramePolicyOptions {
  /** Origins allowed to embed the page; `frame-ancestors`, header only. `null`: leave the directive out. */
  readonly frameAncestors: readonly string[] | null;
  /** Where token requests and uploads may go: Stripe's API and files hosts, or an emulator. */
  readonly connect: readonly string[];
  /** The dev server's live-reload socket, and any loopback port (one emulator per test worker). */
  readonly development?: boolean;
}

export const STRIPE_CONNECT_SOURCES = ['https://api.stripe.com', 'https://files.stripe.com'] as const;

export function framePagePolicy(options: FramePolicyOptions): string {
  const live = options.development ? ' ws://localhost:* ws://127.0.0.1:* http://127.0.0.1:* http://localhost:*' : '';
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    `connect-src ${options.connect.join(' ')}${live}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ];
  if (options.frameAncestors) directives.push(`frame-ancestors ${options.frameAncestors.join(' ') || "'none'"}`);
  return directives.join('; ');
}
