// The words of problems (issue messages, Stripe's requirement errors) in one module, so the elements can
// load them after their first render: a field's state never waits for them, only its message's text.
export { formatIssue } from './format-issue';
export { requirementErrorsMessage } from './requirement-errors';
