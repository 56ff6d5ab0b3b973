import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';

/** zxcvbn score (0–4) a new password must reach. */
export const PASSWORD_MIN_SCORE = 2;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export const PASSWORD_PROBLEMS = [
  'too_short',
  'too_long',
  'malformed',
  'weak',
  'contains_user_name',
] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

export interface PasswordAssessment {
  /** 0 (very weak) … 4 (very strong), for the strength meter. */
  score: 0 | 1 | 2 | 3 | 4;
  problems: PasswordProblem[];
  /** zxcvbn's warning key (`common`, `sequences`…), translated by the renderer. */
  warning: string | null;
}

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator;
}

/** Judges a new password. The same function drives the meter in the renderer and the check in main. */
export function assessPassword(
  password: string,
  context: { userName?: string; fullName?: string } = {},
): PasswordAssessment {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (!password.isWellFormed() || CONTROL_CHARACTERS.test(password)) problems.push('malformed');
  const userName = context.userName?.trim().toLowerCase();
  if (userName && userName.length >= 3 && password.toLowerCase().includes(userName))
    problems.push('contains_user_name');

  const inputs = [context.userName, ...(context.fullName?.split(/\s+/) ?? [])].filter(
    (part): part is string => !!part,
  );
  const result = zxcvbn().check(password.slice(0, 100), inputs);
  const score = result.score as PasswordAssessment['score'];
  if (score < PASSWORD_MIN_SCORE) problems.push('weak');
  return { score, problems, warning: result.feedback.warning ?? null };
}
