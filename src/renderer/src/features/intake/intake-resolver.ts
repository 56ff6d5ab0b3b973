import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import {
  identityDocumentSchema,
  intakeSchema,
  type Intake,
} from '../../../../shared/domain/cases/intake';
import type { IntakeFormValues } from './intake-form';

/**
 * The message an issue shows: the schema's own key where it has one; for an empty choice (`null`
 * where the schema wants one of a list, or a number) a key the catalogue has; for an optional
 * phone or ID ("empty, or valid") the valid branch's reason (`national_id_checksum`), not the
 * empty branch's "expected ''" that zodResolver would pick as the first of two equal branches.
 */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union') {
    const reason = issue.errors.flat().find((inner) => inner.code === 'custom');
    return reason?.message ?? 'invalid';
  }
  if (issue.code === 'invalid_value') return 'choose_one';
  if (issue.code === 'invalid_type' && issue.input === null) return 'required';
  return issue.message;
}

/** The wizard validates with the intake schema main parses the save with, one message per field. */
export const intakeResolver: Resolver<IntakeFormValues, unknown, Intake> = async (
  values,
  _context,
  options,
) => {
  // `reportInput` tells an empty choice (null) from a wrong one.
  const result = await intakeSchema.safeParseAsync(values, { reportInput: true });
  if (result.success) return { values: result.data, errors: {} };
  const flat: Record<string, FieldError> = {};
  // zod runs an object's cross-field checks only once its fields are valid, so "national ID
  // required" would appear only after the names are fixed; the document is checked on its own too.
  const { hasThaiId, nationalId, otherIdDocument, otherIdNumber } = values.identity;
  const document = identityDocumentSchema.safeParse(
    { hasThaiId, nationalId, otherIdDocument, otherIdNumber },
    { reportInput: true },
  );
  const documentIssues = (document.error?.issues ?? []).map((issue) => ({
    ...issue,
    path: ['identity', ...issue.path],
  }));
  for (const issue of [...result.error.issues, ...documentIssues]) {
    const path = issue.path.join('.');
    flat[path] ??= { type: issue.code, message: messageOf(issue) };
  }
  return { values: {}, errors: toNestErrors(flat as FieldErrors, options) };
};
