/**
 * Parameters of the official request types that the form never fills in, each with the reason.
 * Paths are relative to the person, individual, company or account they belong to, v1 and v2 alike.
 */
export const NOT_SUPPLIED_BY_THE_BROWSER: Readonly<Record<string, string>> = {
  'additional_tos_acceptances.account.ip':
    'A browser cannot know its public IP address; Stripe records the address the token request comes from.',
  'company.directorship_declaration.ip':
    'A browser cannot know its public IP address; Stripe records the address the token request comes from.',
  'company.ownership_declaration.ip':
    'A browser cannot know its public IP address; Stripe records the address the token request comes from.',
  'company.representative_declaration.ip':
    'A browser cannot know its public IP address; Stripe records the address the token request comes from.',
};
