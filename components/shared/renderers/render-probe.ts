/**
 * For tests only: a listener told of each field whose template is evaluated, so a browser test can
 * count what a keystroke renders. Nothing listens in production, where it costs one check per field
 * actually rendered.
 */
export const renderProbe: { fieldRendered: ((fieldId: string) => void) | null } = { fieldRendered: null };
