import { METADATA_LIMITS, metadataProblem, type MetadataProblem } from '../validation/metadata';
import { ConfigurationError } from './errors';

/** The problem in English, for developers: it names the key, never the value. */
export function describeMetadataProblem(problem: MetadataProblem): string {
  const { maxKeys, maxKeyLength, maxValueLength } = METADATA_LIMITS;
  switch (problem.reason) {
    case 'not_an_object':
      return 'metadata must be an object of keys and text values.';
    case 'too_many_keys':
      return `metadata has ${problem.count} keys; Stripe takes at most ${maxKeys}.`;
    case 'empty_key':
      return `metadata has an empty key; keys need 1 to ${maxKeyLength} characters.`;
    case 'key_too_long':
      return `metadata key "${problem.key}" is longer than ${maxKeyLength} characters.`;
    case 'key_with_brackets':
      return `metadata key "${problem.key}" contains [ or ], which Stripe does not allow in keys.`;
    case 'value_not_text':
      return `metadata["${problem.key}"] must be text or a number.`;
    case 'value_too_long':
      return `metadata["${problem.key}"] is longer than ${maxValueLength} characters.`;
  }
}

/**
 * Throws a `ConfigurationError` (`invalid_metadata`, naming the key) when metadata breaks Stripe's
 * limits. Absent, `null` or `''` (unset all) is fine.
 */
export function assertMetadataWithinLimits(metadata: unknown): void {
  if (metadata === undefined || metadata === null || metadata === '') return;
  const problem = metadataProblem(metadata);
  if (problem) throw new ConfigurationError('invalid_metadata', describeMetadataProblem(problem));
}
