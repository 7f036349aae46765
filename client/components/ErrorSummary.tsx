/** Being replaced: import from ./govuk/ErrorSummary.tsx directly; delete this file when no feature imports it. */
export { ErrorSummary, errorFor, type FieldError } from './govuk/ErrorSummary.tsx';
