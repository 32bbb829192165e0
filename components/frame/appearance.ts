/**
 * Theming across the frame: the documented custom properties and the text styles the element inherits
 * are read on the host element and applied to the framed one, so one stylesheet themes both modes.
 */

/** The public custom properties (documented on `TokenFormElement`). */
export const THEME_PROPERTIES = [
  '--token-form-font',
  '--token-form-color-text',
  '--token-form-color-muted',
  '--token-form-color-background',
  '--token-form-color-input-background',
  '--token-form-color-border',
  '--token-form-color-accent',
  '--token-form-color-accent-text',
  '--token-form-color-error',
  '--token-form-color-success',
  '--token-form-focus-ring',
  '--token-form-radius',
  '--token-form-spacing',
  '--token-form-control-height',
] as const;

/** Inherited styles the element takes from the page in the normal mode. */
export const INHERITED_PROPERTIES = ['color-scheme', 'font-family', 'font-size', 'line-height', 'color'] as const;

const APPLICABLE: ReadonlySet<string> = new Set([...THEME_PROPERTIES, ...INHERITED_PROPERTIES]);

/** What the host page's styles give the element, by property name; unset custom properties are left out. */
export function readAppearance(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>): Record<string, string> {
  const appearance: Record<string, string> = {};
  for (const name of APPLICABLE) {
    const value = style.getPropertyValue(name).trim();
    if (value) appearance[name] = value;
  }
  return appearance;
}

/**
 * Sets the appearance on `target` through the CSSOM (allowed under a CSP without `'unsafe-inline'`),
 * clearing what is no longer given. Names outside the known list are ignored.
 */
export function applyAppearance(
  target: Pick<CSSStyleDeclaration, 'setProperty' | 'removeProperty'>,
  appearance: Readonly<Record<string, string>>,
): void {
  for (const name of APPLICABLE) {
    const value = appearance[name];
    if (value === undefined) target.removeProperty(name);
    else target.setProperty(name, value);
  }
}
