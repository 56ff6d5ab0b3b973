import type { ParseKeys } from 'i18next';
import type { PasswordAssessment, PasswordProblem } from '../../../shared/domain/password-strength';

/** zxcvbn's warning keys that the `auth` namespace translates (`passwordStrength.warnings.<key>`). */
export const PASSWORD_WARNING_KEYS = [
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
  'pwned',
] as const;
type WarningKey = (typeof PASSWORD_WARNING_KEYS)[number];

function isWarningKey(value: string): value is WarningKey {
  return (PASSWORD_WARNING_KEYS as readonly string[]).includes(value);
}

export const STRENGTH_COLORS = ['red', 'orange', 'yellow', 'teal', 'green'] as const;

/**
 * What to tell the person about a new password, most useful first. "Too short" makes "weak"
 * redundant (every short password is weak), so only one of the two is said.
 */
export function passwordHints(assessment: PasswordAssessment): ParseKeys<'auth'>[] {
  const hints: ParseKeys<'auth'>[] = [];
  const problems = new Set<PasswordProblem>(assessment.problems);
  if (problems.has('too_short')) hints.push('passwordStrength.problems.too_short');
  if (problems.has('too_long')) hints.push('passwordStrength.problems.too_long');
  if (problems.has('malformed')) hints.push('passwordStrength.problems.malformed');
  if (problems.has('contains_user_name'))
    hints.push('passwordStrength.problems.contains_user_name');
  if (problems.has('weak') && !problems.has('too_short')) {
    // zxcvbn may add warnings we have not met yet: those get the generic advice, never a raw key.
    const warning = assessment.warning;
    hints.push(
      warning && isWarningKey(warning)
        ? `passwordStrength.warnings.${warning}`
        : 'passwordStrength.problems.weak',
    );
  }
  return hints;
}
