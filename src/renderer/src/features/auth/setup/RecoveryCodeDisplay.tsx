import { Group, Text } from '@mantine/core';

/**
 * The code in its five groups, large and in a monospace face, so that 0/8/B and 1/7 are easy to
 * tell apart when it is copied by hand.
 */
export function RecoveryCodeDisplay({ code, label }: { code: string; label: string }) {
  return (
    <Group gap="md" justify="center" wrap="wrap" role="group" aria-label={label}>
      {code.split('-').map((group, index) => (
        <Text
          key={index}
          component="span"
          ff="monospace"
          fw={700}
          fz={30}
          lh={1.5}
          style={{ letterSpacing: '0.12em' }}
          data-testid="recovery-code-group"
        >
          {group}
        </Text>
      ))}
    </Group>
  );
}
