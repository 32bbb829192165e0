import type { AfterActionWords } from './form-messages.types';

/** The form's words once a person submitted: loaded with the submit path. */
export const AFTER_ACTION_WORDS_EN: AfterActionWords = {
  statusPending: 'Sending your details securely…',
  statusWaitingForDocuments: 'Waiting for your documents to finish uploading…',
  statusSuccess: 'Your details were saved.',
  statusChangedWhileSending: 'You changed the form while it was being sent. Submit again to send your changes.',
  statusFieldErrors: (count) =>
    count === 1
      ? 'Stripe could not accept 1 field. Check it and try again.'
      : `Stripe could not accept ${count} fields. Check them and try again.`,
  serverFieldError: (stripeMessage) => stripeMessage,
  serverError: (stripeMessage) => `Stripe said: “${stripeMessage}”`,
  knownRefusals: {
    platform_registration_required:
      'This service’s Stripe account is not set up to take these details yet. Please contact the service.',
    token_must_be_created_with_publishable_key:
      'This form is set up with the wrong kind of Stripe key, so nothing was saved. Please contact the service.',
    account_rate_limit_exceeded: 'Stripe is receiving too many requests right now. Wait a moment and try again.',
    rate_limit: 'Stripe is receiving too many requests right now. Wait a moment and try again.',
  },
  networkError: 'Could not reach Stripe. Check your connection and try again.',
};
