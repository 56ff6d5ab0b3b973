import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useMatch } from 'react-router';
import { roleHasPermission } from '../../../../shared/permissions';
import { NAV_ITEMS, type NavItem } from '../navigation';
import { useSignedInUser } from '../session/session-context';

function NavigationItem({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  const { t } = useTranslation();
  // A section stays highlighted on its sub-pages (a case file under "cases").
  const active = useMatch({ path: item.path, end: false }) !== null;
  return (
    <NavLink
      component={RouterNavLink}
      to={item.path}
      label={t(item.labelKey)}
      active={active}
      onClick={onNavigate}
    />
  );
}

/** The sections this person's role may use; main refuses the others anyway. */
export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { role } = useSignedInUser();
  return NAV_ITEMS.filter(
    (item) => !item.permission || roleHasPermission(role, item.permission),
  ).map((item) => <NavigationItem key={item.path} item={item} onNavigate={onNavigate} />);
}
