// A page with one token form, configured from the query string, for the browser tests. It hosts
// <account-token-form> by default and <person-token-form> with `element=person-token-form`, so one
// contract suite can run against both.
import '../../components/index';

const query = new URLSearchParams(location.search);
const tagName = query.get('element') === 'person-token-form' ? 'person-token-form' : 'account-token-form';
const element = document.createElement(tagName);
for (const name of [
  'publishable-key',
  'api-base',
  'api-version',
  'account',
  'country',
  'locale',
  'requirements',
  'name',
  'business-type',
  'terms-url',
  'person',
  'stripe-version',
  'idempotency-header',
  'isolation',
  'frame-url',
]) {
  const value = query.get(name);
  if (value !== null) element.setAttribute(name, value);
}
if (query.get('lang')) document.documentElement.lang = query.get('lang') ?? 'en';
// A width of its own (`width=375`), independent of the viewport's: the element lays itself out by it.
const width = Number(query.get('width'));
if (width > 0) {
  element.style.width = `${width}px`;
  document.querySelector('main')?.style.setProperty('max-width', 'none');
}
document.title = `${tagName} test page`;

const inHostForm = query.get('host-form') === '1';
const hostForm = document.querySelector<HTMLFormElement>('#host-form');
if (inHostForm && hostForm) {
  hostForm.hidden = false;
  document.querySelector('#in-form')?.append(element);
} else {
  document.querySelector('#standalone')?.append(element);
}
