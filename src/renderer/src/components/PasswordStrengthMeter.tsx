import { List, Progress, Stack, Text } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../shared/domain/password';
import { assessPassword } from '../../../shared/domain/password-strength';
import { passwordHints, STRENGTH_COLORS } from './password-feedback';

export interface PasswordStrengthMeterProps {
  /** The new password as typed so far. */
  password: string;
  /** The account's user name and full name: a password built from them is easy to guess. */
  userName?: string;
  fullName?: string;
}

/**
 * Shows how strong a new password is and what is wrong with it, judged by the same
 * `assessPassword` that main uses to accept or refuse it, so the meter never promises more than
 * main will allow. Put it right under the new-password field.
 */
export function PasswordStrengthMeter({
  password,
  userName,
  fullName,
}: PasswordStrengthMeterProps) {
  const { t } = useTranslation('auth');
  // zxcvbn takes a few milliseconds per check: typing stays smooth if the meter lags a keystroke.
  const typed = useDeferredValue(password);
  const assessment = useMemo(
    () => assessPassword(typed, { userName, fullName }),
    [typed, userName, fullName],
  );

  if (typed === '') {
    return (
      <Text size="sm" c="dimmed" data-testid="password-strength">
        {t('passwordStrength.rule', { min: PASSWORD_MIN_LENGTH })}
      </Text>
    );
  }

  const hints = passwordHints(assessment);
  const color = STRENGTH_COLORS[assessment.score];
  const level = t(`passwordStrength.levels.${assessment.score}`);
  return (
    <Stack gap={6} data-testid="password-strength">
      <Progress
        value={(assessment.score + 1) * 20}
        color={color}
        size="sm"
        aria-hidden
        transitionDuration={150}
      />
      {/* Read out as the person types; the bar above only repeats it in colour. */}
      <div aria-live="polite">
        <Text size="sm" fw={500}>
          {t('passwordStrength.label', { level })}
        </Text>
        {hints.length === 0 ? (
          <Text size="sm" c="teal.9">
            {t('passwordStrength.acceptable')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {hints.map((key) => (
              <List.Item key={key}>
                {t(key, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
              </List.Item>
            ))}
          </List>
        )}
      </div>
    </Stack>
  );
}
