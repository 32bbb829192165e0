import { describe, expect, it } from 'vitest';
import { formMessages } from '../i18n/form-messages';
import { metadataConfigurationProblem } from './metadata-config';

describe('metadataConfigurationProblem', () => {
  it('says in English and Japanese which key breaks Stripe’s limits, without the value', () => {
    const metadata = { order_reference_for_the_platform_records_2: 'secret-ish value' };
    expect(metadataConfigurationProblem(metadata, formMessages('en'))).toEqual({
      code: 'invalid_metadata',
      message: 'The metadata key “order_reference_for_the_platform_records_2” is longer than 40 characters.',
    });
    const ja = metadataConfigurationProblem(metadata, formMessages('ja'));
    expect(ja?.message).toBe('メタデータのキー「order_reference_for_the_platform_records_2」が40文字を超えています。');
    expect(metadataConfigurationProblem({ note: 'x'.repeat(501) }, formMessages('en'))?.message).not.toContain('xxx');
  });

  it('finds nothing wrong with no metadata or metadata within the limits', () => {
    expect(metadataConfigurationProblem(null, formMessages('en'))).toBeNull();
    expect(metadataConfigurationProblem({ platform_ref: 'user_42' }, formMessages('en'))).toBeNull();
  });
});
