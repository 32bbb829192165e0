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

/**
 * What the element takes from the page in the normal mode (`host-text-reset.ts` resets the rest): the
 * font family. The colour scheme and the root font size (`1rem`) are sent apart, for the frame's root.
 */
export const INHERITED_PROPERTIES = ['font-family'] as const;

/** The appearance entry with the page's root font size, which the form's `rem` sizes follow. */
export const ROOT_FONT_SIZE = 'root-font-size';

const APPLICABLE: ReadonlySet<string> = new Set([...THEME_PROPERTIES, ...INHERITED_PROPERTIES]);

/**
 * The colour scheme the element's `light-dark()` defaults resolve to: its `color-scheme` property, else
 * the page's `<meta name="color-scheme">`, with the person's preference where both are offered.
 */
export function usedColorScheme(declared: string, metaContent: string, prefersDark: boolean): 'light' | 'dark' {
  const offered = (declared && declared !== 'normal' ? declared : metaContent).split(/\s+/);
  if (offered.includes('dark') && (prefersDark || !offered.includes('light'))) return 'dark';
  return 'light';
}

/** The appearance entry with the solid colour behind the element (`transparent` over an image). */
export const PAGE_BACKGROUND = 'page-background';

/**
 * The colour the element is painted over: the first ancestor (through shadow roots) with a background
 * colour, the canvas when none has; `transparent` when an image or gradient is behind it, which only a
 * transparent frame shows as it is.
 */
export function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none') return 'transparent';
    const color = style.backgroundColor;
    if (color && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return 'Canvas';
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** What the host page's styles give the element, by property name; unset custom properties are left out. */
export function readAppearance(
  style: Pick<CSSStyleDeclaration, 'getPropertyValue'>,
  colorScheme: 'light' | 'dark',
  background: string,
  rootFontSize: string,
): Record<string, string> {
  const appearance: Record<string, string> = {
    'color-scheme': colorScheme,
    [PAGE_BACKGROUND]: background,
    [ROOT_FONT_SIZE]: rootFontSize,
  };
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
