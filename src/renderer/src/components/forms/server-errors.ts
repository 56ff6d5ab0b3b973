import type { FieldErrors, FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { isErrorCode } from '../../../../shared/contract/errors';
import { KaonaApiError, toKaonaApiError } from '../../api';

/** Where a form's refusals from main belong. */
export interface ServerErrorFields<T extends FieldValues> {
  /** The fields the form shows: a VALIDATION issue on one of these paths goes under it. */
  fields: readonly FieldPath<T>[];
  /** Reasons that concern one field (`user_name_taken` → `userName`). */
  reasons?: Readonly<Partial<Record<string, FieldPath<T>>>>;
}

/**
 * The form-level slot. react-hook-form clears `root.*` errors at the next submit, so a refusal
 * never outlives the attempt it answered and no component keeps its own error state.
 */
const FORM_ERROR = 'root.server';

function pathOf(path: readonly (string | number)[]): string {
  return path.map(String).join('.');
}

/**
 * Shows what main refused where the clerk can fix it: a known reason under its field (as the
 * reason key, which `fieldErrorMessage` translates), VALIDATION issues under the fields they name
 * (as zod's issue code), and anything else — or an issue about something the form does not show —
 * once for the whole form, for `FormFooter` to show.
 */
export function reportServerError<T extends FieldValues>(
  caught: unknown,
  setError: UseFormSetError<T>,
  { fields, reasons = {} }: ServerErrorFields<T>,
): void {
  const error = toKaonaApiError(caught);
  const reasonField = error.reason === undefined ? undefined : reasons[error.reason];
  if (reasonField) {
    setError(reasonField, { type: 'server', message: error.reason }, { shouldFocus: true });
    return;
  }
  const known = new Set<string>(fields);
  const issues = error.code === 'VALIDATION' ? error.issues : [];
  const placed = issues.filter((issue) => known.has(pathOf(issue.path)));
  if (placed.length > 0 && placed.length === issues.length && error.reason === undefined) {
    placed.forEach((issue, index) =>
      setError(
        pathOf(issue.path) as FieldPath<T>,
        { type: issue.code },
        { shouldFocus: index === 0 },
      ),
    );
    return;
  }
  setError(FORM_ERROR as FieldPath<T>, { type: error.code, message: error.reason ?? '' });
}

/** The refusal `reportServerError` left for the whole form, if any, as an error to translate. */
export function formLevelError<T extends FieldValues>(
  errors: FieldErrors<T>,
): KaonaApiError | undefined {
  const server = errors.root?.server;
  if (!server || !isErrorCode(server.type)) return undefined;
  return new KaonaApiError({ code: server.type, reason: server.message || undefined });
}
