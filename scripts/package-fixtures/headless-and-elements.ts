// An integrator's file: the headless API and both elements, type-checked against the packed package with
// `skipLibCheck: false` and no `stripe` installed.
import {
  createAccountToken,
  createPersonToken,
  FormModel,
  planFields,
  type TokenResult,
  type V1AccountTokenParams,
  type V1PersonTokenParams,
  type V2PersonTokenParams,
} from 'token-forms';
import { AccountTokenFormElement, PersonTokenFormElement, type TokenSummary } from 'token-forms/components';
import type { PersonTokenFormElement as ScriptTagPersonForm } from 'token-forms/token-forms.js';

const person: V1PersonTokenParams = {
  first_name_kana: 'ハナコ',
  last_name_kanji: '山田',
  dob: { day: 3, month: 11, year: 1985 },
  address_kana: { postal_code: '1500001', state: 'トウキョウト', town: 'ジングウマエ 1-' },
  relationship: { representative: true, percent_ownership: 25.5 },
};
// The SDK's types, not `any`: a wrong type or a misspelt parameter does not compile.
// @ts-expect-error `dob.day` is a number
const wrongType: V1PersonTokenParams = { dob: { day: '3', month: 11, year: 1985 } };
// @ts-expect-error there is no `first_nam`
const misspelt: V1PersonTokenParams = { first_nam: 'Hanako' };
// @ts-expect-error `tos_shown_and_accepted` is a boolean
const wrongFlag: V1AccountTokenParams = { tos_shown_and_accepted: 'yes' };

const v2Person: V2PersonTokenParams = { given_name: 'Hanako', relationship: { percent_ownership: '25.5' } };

const created: Promise<TokenResult> = createPersonToken(person, { apiVersion: 'v1', publishableKey: 'pk_test_x' });
void createAccountToken(
  { business_type: 'individual', tos_shown_and_accepted: true },
  {
    apiVersion: 'v1',
    publishableKey: 'pk_test_x',
  },
);
void createPersonToken(v2Person, { apiVersion: 'v2', publishableKey: 'pk_test_x', account: 'acct_123' });

const plan = planFields({ shape: { token: 'person', version: 'v1' }, country: 'JP' });
const firstField: string | undefined = plan.fields[0]?.field.name;
const model = new FormModel({ changed: () => undefined, validated: () => undefined, tokenChanged: () => undefined });
model.configure({ shape: { token: 'person', version: 'v1' }, country: 'JP' });

const personForm = document.createElement('person-token-form');
const typedAsClass: PersonTokenFormElement = personForm;
const sameClassFromScriptTag: ScriptTagPersonForm = personForm;
personForm.publishableKey = 'pk_test_x';
personForm.country = 'JP';
personForm.requirements = ['first_name_kana', 'dob.day'];
personForm.addEventListener('token-created', (event) => {
  const token: TokenSummary = event.detail.token;
  const id: string = token.id;
  void id;
});
personForm.addEventListener('validity-change', (event) => {
  const valid: boolean = event.detail.valid;
  void valid;
});
const accountForm = document.querySelector('account-token-form');
if (accountForm instanceof AccountTokenFormElement) {
  accountForm.businessType = 'company';
  accountForm.addEventListener('token-error', (event) => void event.detail.error.message);
  void accountForm.submit();
}

export { created, firstField, misspelt, sameClassFromScriptTag, typedAsClass, wrongFlag, wrongType };
