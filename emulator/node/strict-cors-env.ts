// Reads TOKEN_FORMS_EMULATOR_STRICT_CORS, shared by `npm run emulator` and `npm start`.

export const STRICT_CORS_VARIABLE = 'TOKEN_FORMS_EMULATOR_STRICT_CORS';

/** `1`/`true` turn strict CORS on, `0`/`false` off; unset or empty keeps `fallback`. Anything else is refused. */
export function strictCorsFromEnv(env: Readonly<Record<string, string | undefined>>, fallback: boolean): boolean {
  const raw = env[STRICT_CORS_VARIABLE]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  throw new Error(`${STRICT_CORS_VARIABLE} must be 1 or 0, not "${env[STRICT_CORS_VARIABLE] ?? ''}".`);
}
