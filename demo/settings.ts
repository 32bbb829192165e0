// The demo's controls, read into one typed value.

export type ApiVersion = 'v1' | 'v2';
export type LocaleChoice = 'auto' | 'en' | 'ja';
export type IsolationChoice = 'none' | 'frame';
export type BusinessType = 'individual' | 'company' | 'non_profit' | 'government_entity';

export interface DemoSettings {
  publishableKey: string;
  apiVersion: ApiVersion;
  account: string;
  country: string;
  locale: LocaleChoice;
  businessType: BusinessType;
  requirements: string[];
  isolation: IsolationChoice;
}

const businessTypes: readonly BusinessType[] = ['individual', 'company', 'non_profit', 'government_entity'];
const locales: readonly LocaleChoice[] = ['auto', 'en', 'ja'];

function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

export function readSettings(form: HTMLFormElement): DemoSettings {
  const data = new FormData(form);
  return {
    publishableKey: text(data, 'publishableKey'),
    apiVersion: text(data, 'apiVersion') === 'v2' ? 'v2' : 'v1',
    account: text(data, 'account'),
    country: text(data, 'country') || 'US',
    locale: oneOf(text(data, 'locale'), locales, 'auto'),
    businessType: oneOf(text(data, 'businessType'), businessTypes, 'individual'),
    isolation: text(data, 'isolation') === 'frame' ? 'frame' : 'none',
    requirements: text(data, 'requirements')
      .split(/[\s,]+/)
      .filter((requirement) => requirement !== ''),
  };
}
