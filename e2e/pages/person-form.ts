// A page with one <person-token-form>, configured from the query string, for the browser tests.
import '../../components/index';

const query = new URLSearchParams(location.search);
const element = document.createElement('person-token-form');
for (const name of [
  'publishable-key',
  'api-base',
  'api-version',
  'account',
  'country',
  'locale',
  'requirements',
  'name',
]) {
  const value = query.get(name);
  if (value !== null) element.setAttribute(name, value);
}
if (query.get('lang')) document.documentElement.lang = query.get('lang') ?? 'en';

const inHostForm = query.get('host-form') === '1';
const hostForm = document.querySelector<HTMLFormElement>('#host-form');
if (inHostForm && hostForm) {
  hostForm.hidden = false;
  document.querySelector('#in-form')?.append(element);
} else {
  document.querySelector('#standalone')?.append(element);
}
