import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../../shared/domain/dashboard';
import { casesLink, OPEN_STATUSES } from './dashboard-links';
import { formatCount } from './dashboard-format';

/** The year's headline figures, each a link to the cases behind it. */
export function StatCards({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation('dashboard');
  const year = { from: dashboard.first, to: dashboard.last };
  const cards = [
    {
      key: 'intake',
      count: dashboard.totals.intake,
      href: casesLink({ intakeFrom: year.from, intakeTo: year.to }),
    },
    {
      key: 'open',
      count: dashboard.totals.open,
      hint: t('cards.openHint'),
      href: casesLink({ statuses: OPEN_STATUSES }),
    },
    {
      key: 'sessions',
      count: dashboard.totals.sessions,
      href: casesLink({ sessionFrom: year.from, sessionTo: year.to }),
    },
    {
      key: 'shopOpened',
      count: dashboard.milestonesInYear.shop_opened,
      href: casesLink({ milestone: 'shop_opened', milestoneFrom: year.from, milestoneTo: year.to }),
    },
    {
      key: 'firstOrder',
      count: dashboard.milestonesInYear.first_order,
      href: casesLink({ milestone: 'first_order', milestoneFrom: year.from, milestoneTo: year.to }),
    },
  ] as const;
  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2, md: 5 }}
      spacing="md"
      component="section"
      aria-label={t('cards.label')}
      data-testid="dashboard-cards"
    >
      {cards.map((card) => (
        <Paper key={card.key} withBorder p="md" data-testid={`dashboard-card-${card.key}`}>
          <Text size="sm" c="dimmed">
            {t(`cards.${card.key}`)}
          </Text>
          <Anchor
            component={Link}
            to={card.href}
            fz={28}
            fw={700}
            aria-label={`${t(`cards.${card.key}`)}: ${formatCount(card.count, i18n.language)}`}
          >
            {formatCount(card.count, i18n.language)}
          </Anchor>
          {'hint' in card && (
            <Text size="xs" c="dimmed">
              {card.hint}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
