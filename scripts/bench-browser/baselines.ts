// The benchmark's baselines: a static HTML form and a minimal Lit element with the same inputs as the
// widget's US person form, so that every timed figure is a ratio against what the same browser, under the
// same throttling, does for a form with no logic at all.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export interface BaselineInput {
  readonly label: string;
  readonly kind: 'text' | 'email' | 'tel' | 'select' | 'checkbox';
  readonly name: string;
  /** A select's choices. */
  readonly options?: readonly string[];
}

const US_STATES = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS']
  .concat(['KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC'])
  .concat(['ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY']);

/**
 * The inputs a US person form shows at first render, by the labels the widget gives them: the calling-code
 * picker holds its one chosen code until the page is idle, the country is a text input (a combobox).
 */
export const US_PERSON_INPUTS: readonly BaselineInput[] = [
  { label: 'First name', kind: 'text', name: 'first_name' },
  { label: 'Last name', kind: 'text', name: 'last_name' },
  { label: 'Email', kind: 'email', name: 'email' },
  { label: 'Calling code', kind: 'select', name: 'calling_code', options: ['+1'] },
  { label: 'Phone number', kind: 'tel', name: 'phone' },
  { label: 'Month', kind: 'text', name: 'dob_month' },
  { label: 'Day', kind: 'text', name: 'dob_day' },
  { label: 'Year', kind: 'text', name: 'dob_year' },
  { label: 'Address line 1', kind: 'text', name: 'line1' },
  { label: 'Address line 2', kind: 'text', name: 'line2' },
  { label: 'City', kind: 'text', name: 'city' },
  { label: 'State', kind: 'select', name: 'state', options: US_STATES },
  { label: 'ZIP code', kind: 'text', name: 'postal_code' },
  { label: 'Country', kind: 'text', name: 'country' },
  { label: 'Last 4 digits of Social Security number', kind: 'text', name: 'ssn_last_4' },
  { label: 'Account representative', kind: 'checkbox', name: 'representative' },
  { label: 'Owner', kind: 'checkbox', name: 'owner' },
  { label: 'Director', kind: 'checkbox', name: 'director' },
  { label: 'Executive', kind: 'checkbox', name: 'executive' },
  { label: 'Percent ownership', kind: 'text', name: 'percent_ownership' },
  { label: 'Job title', kind: 'text', name: 'title' },
];

function staticInput(input: BaselineInput): string {
  const id = `f-${input.name}`;
  if (input.kind === 'select') {
    const options = (input.options ?? []).map((choice) => `<option value="${choice}">${choice}</option>`).join('');
    return `<p><label for="${id}">${input.label}</label><select id="${id}" name="${input.name}"><option value=""></option>${options}</select></p>`;
  }
  if (input.kind === 'checkbox') {
    return `<p><input type="checkbox" id="${id}" name="${input.name}"><label for="${id}">${input.label}</label></p>`;
  }
  return `<p><label for="${id}">${input.label}</label><input type="${input.kind}" id="${id}" name="${input.name}"></p>`;
}

/** A static form's markup (no script of its own), `copies` times. */
export function staticForms(copies: number): string {
  return Array.from({ length: copies }, (_, copy) =>
    `<form id="static-${copy}">${US_PERSON_INPUTS.map(staticInput).join('')}<button>Submit</button></form>`
      .replaceAll('id="f-', `id="c${copy}-f-`)
      .replaceAll('for="f-', `for="c${copy}-f-`),
  ).join('\n');
}

// A minimal Lit element: the same inputs, a reactive record of values, the whole template re-rendered on
// every input, as the simplest Lit form would be written.
const LIT_SOURCE = `
import { LitElement, html } from 'lit';
const INPUTS = ${JSON.stringify(US_PERSON_INPUTS)};
class BaselineForm extends LitElement {
  static properties = { values: { state: true } };
  constructor() { super(); this.values = {}; }
  onInput(event) {
    const target = event.target;
    this.values = { ...this.values, [target.name]: target.type === 'checkbox' ? String(target.checked) : target.value };
  }
  renderInput(input) {
    const id = 'f-' + input.name;
    if (input.kind === 'select') return html\`<p><label for=\${id}>\${input.label}</label><select id=\${id} name=\${input.name} @change=\${this.onInput}><option value=""></option>\${input.options.map((choice) => html\`<option value=\${choice}>\${choice}</option>\`)}</select></p>\`;
    if (input.kind === 'checkbox') return html\`<p><input type="checkbox" id=\${id} name=\${input.name} @change=\${this.onInput}><label for=\${id}>\${input.label}</label></p>\`;
    return html\`<p><label for=\${id}>\${input.label}</label><input type=\${input.kind} id=\${id} name=\${input.name} .value=\${this.values[input.name] ?? ''} @input=\${this.onInput}></p>\`;
  }
  render() { return html\`<form>\${INPUTS.map((input) => this.renderInput(input))}<button>Submit</button></form>\`; }
  firstUpdated() { this.dispatchEvent(new Event('ready', { bubbles: true, composed: true })); }
}
customElements.define('baseline-form', BaselineForm);
`;

/** Builds the minimal Lit element, minified, into `directory/baseline-lit.js`. */
export async function buildLitBaseline(workDirectory: string, outDirectory: string): Promise<void> {
  mkdirSync(workDirectory, { recursive: true });
  const entry = join(workDirectory, 'baseline-lit.js');
  writeFileSync(entry, LIT_SOURCE);
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: outDirectory,
      emptyOutDir: false,
      minify: true,
      rolldownOptions: { input: { 'baseline-lit': entry }, output: { entryFileNames: '[name].js' } },
    },
  });
}
