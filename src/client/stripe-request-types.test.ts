import { readFileSync } from 'node:fs';
import type Stripe from 'stripe';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { renderStripeRequestTypes, STRIPE_REQUEST_TYPES_PATH } from '../../scripts/generate-stripe-request-types';
import type {
  Decimal,
  V1AccountTokenParams,
  V1PersonTokenParams,
  V2AccountTokenParams,
  V2PersonTokenParams,
} from './index';

/** The SDK's request type with its `Decimal` class widened to what the package takes for a decimal. */
type WithDecimalText<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends Stripe.Decimal
    ? Decimal
    : T extends ReadonlyArray<infer Item>
      ? Array<WithDecimalText<Item>>
      : T extends object
        ? { [K in keyof T]: WithDecimalText<T[K]> }
        : T;

type SdkV2PersonTokenParams = NonNullable<Parameters<Stripe['v2']['core']['accounts']['personTokens']['create']>[1]>;

describe('the request types the package ships', () => {
  // These assertions are checked by `tsc`: a copied type that drifts from the SDK fails the typecheck.
  it('are the official SDK types, parameter for parameter', () => {
    expectTypeOf<V1AccountTokenParams>().toEqualTypeOf<Stripe.TokenCreateParams.Account>();
    expectTypeOf<V1PersonTokenParams>().toEqualTypeOf<Stripe.TokenCreateParams.Person>();
    expectTypeOf<V2AccountTokenParams>().toEqualTypeOf<WithDecimalText<Stripe.V2.Core.AccountTokenCreateParams>>();
    expectTypeOf<V2PersonTokenParams>().toEqualTypeOf<WithDecimalText<SdkV2PersonTokenParams>>();
  });

  it('accept every request the SDK types accept, its Decimal included', () => {
    expectTypeOf<Stripe.V2.Core.AccountTokenCreateParams>().toExtend<V2AccountTokenParams>();
    expectTypeOf<SdkV2PersonTokenParams>().toExtend<V2PersonTokenParams>();
    expectTypeOf<{ percent_ownership: '25.5' }>().toExtend<
      NonNullable<NonNullable<V2PersonTokenParams['relationship']>>
    >();
  });

  it('are what `npm run generate:types` copies from the installed SDK', async () => {
    expect(readFileSync(STRIPE_REQUEST_TYPES_PATH, 'utf8')).toBe(await renderStripeRequestTypes());
  }, 60_000);
});
