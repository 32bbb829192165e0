// Countries offered in the demo, named in the visitor's language by the browser itself (no data to ship).

const demoCountries = ['US', 'JP', 'GB', 'CA', 'AU', 'DE', 'FR', 'IE', 'NL', 'SG', 'NZ', 'MX'] as const;

export function fillCountrySelect(select: HTMLSelectElement, selected = 'US'): void {
  const names = new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'region' });
  const options = demoCountries
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ code, name }) => new Option(name, code, code === selected, code === selected));
  select.replaceChildren(...options);
}
