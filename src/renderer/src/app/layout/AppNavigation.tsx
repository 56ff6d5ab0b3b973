import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useMatch } from 'react-router';
import { NAV_ITEMS, type NavItem } from '../navigation';

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

export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  return NAV_ITEMS.map((item) => (
    <NavigationItem key={item.path} item={item} onNavigate={onNavigate} />
  ));
}
