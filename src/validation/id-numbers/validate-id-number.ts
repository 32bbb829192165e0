import type { IdKind, ValidationContext, ValidationIssue } from '../issues';
import { compactId, type IdFailure } from './id-check';
import type { IdTypeRule } from './id-type-rule';
import { idCheckOf, idTypeRule, loadIdChecks, loadIdTypes } from './id-type-tables';

export { idTypeRule } from './id-type-tables';

function toIssue(failure: IdFailure, idType: string, idKind: IdKind, rule: IdTypeRule): ValidationIssue {
  switch (failure) {
    case 'length':
      return { code: 'id_number_length', idType, idKind };
    case 'checksum':
      return rule.checksumIsWarning
        ? { code: 'id_number_checksum', idType, idKind, severity: 'warning' }
        : { code: 'id_number_checksum', idType, idKind };
    case 'date':
      return { code: 'id_number_date', idType, idKind };
    case 'format':
      return { code: 'id_number_format', idType, idKind };
    case 'not_issued':
      return { code: 'id_number_not_issued', idType, idKind };
  }
}

/**
 * Stripe's documented test values (compact), accepted unless the key is a live one: SSN `000-00-0000`
 * and last four `0000`, and the trigger numbers of Stripe's Connect testing guide.
 */
const STRIPE_TEST_VALUES: Readonly<Record<string, readonly string[]>> = {
  us_ssn: ['000000000', '111111111', '222222222'],
  us_ssn_last_4: ['0000'],
  us_itin_last_4: ['0000'],
  us_ein: ['000000000'],
};

/**
 * Eight or more digits, all the same (`111.111.111-11`, `000000000000`): checksums built on weighted
 * sums pass them (Brazil's CPF and CNPJ, Japan's My Number, Spain's `00000000T`), and no country issues
 * them.
 */
const ONE_REPEATED_DIGIT = /^(\d)\1{7,}[A-Z]?$/;

async function checkIdNumber(
  value: string,
  { idType, keyMode }: ValidationContext,
  idKind: IdKind,
): Promise<ValidationIssue | null> {
  // A number typed before its table arrived is checked once it has; offline it goes unchecked, as
  // unknown types do (Stripe still validates it).
  if (idType !== undefined) await Promise.all([loadIdTypes(idKind), loadIdChecks(idKind)]).catch(() => undefined);
  const rule = idType === undefined ? null : idTypeRule(idType, idKind);
  const check = idType === undefined ? null : idCheckOf(idKind, idType);
  if (idType === undefined || rule === null || check === null) return null;
  const compact = compactId(value);
  const testValue = Object.hasOwn(STRIPE_TEST_VALUES, idType) && STRIPE_TEST_VALUES[idType]?.includes(compact);
  if (testValue) return keyMode === 'live' ? toIssue('not_issued', idType, idKind, rule) : null;
  // A repeated digit that passes the type's own check is still never issued.
  const failure = (await check(value)) ?? (ONE_REPEATED_DIGIT.test(compact) ? 'not_issued' : null);
  return failure === null ? null : toIssue(failure, idType, idKind, rule);
}

/**
 * Checks a person's id number against `context.idType` (`us_ssn`, `jp_inc`, …); Stripe's test values
 * pass unless `context.keyMode` is `live`. Types Stripe adds later are accepted unchecked: Stripe still validates them, and blocking a valid number would be worse.
 */
export function validateIdNumber(value: string, context: ValidationContext): Promise<ValidationIssue | null> {
  return checkIdNumber(value, context, 'person');
}

/** Checks a company's registration or tax number against `context.idType` (`us_ein`, `jp_cn`, …). */
export function validateBusinessIdNumber(value: string, context: ValidationContext): Promise<ValidationIssue | null> {
  return checkIdNumber(value, context, 'business');
}
