import { KaonaApiError, toKaonaApiError } from '../../api';
import { INTAKE_SERVER_ERRORS } from './intake-server-errors';
import { stepOfPath } from './intake-form';

/**
 * main's refusal of `cases.create` with its issue paths relative to the form: the contract wraps
 * the intake in `{ intake, reviewedDuplicates }`, the form has no `intake.` prefix.
 */
export function relativeToForm(caught: unknown): KaonaApiError {
  const error = toKaonaApiError(caught);
  if (error.issues.length === 0) return error;
  return new KaonaApiError({
    code: error.code,
    reason: error.reason,
    issues: error.issues.map((issue) => ({
      ...issue,
      path: issue.path[0] === 'intake' ? issue.path.slice(1) : issue.path,
    })),
  });
}

/** The step showing the field main refused, so the wizard can go there; undefined for the form. */
export function serverErrorStep(error: KaonaApiError): number | undefined {
  const reasonPath =
    error.reason === undefined ? undefined : INTAKE_SERVER_ERRORS.reasons?.[error.reason];
  if (reasonPath) return stepOfPath(reasonPath);
  const [issue] = error.code === 'VALIDATION' ? error.issues : [];
  return issue && issue.path.length > 0 ? stepOfPath(issue.path.map(String).join('.')) : undefined;
}
