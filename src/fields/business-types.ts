/** The entities an account can be: the account form's first choice, read before its schema is loaded. */
export const BUSINESS_TYPES = ['individual', 'company', 'non_profit', 'government_entity'] as const;
