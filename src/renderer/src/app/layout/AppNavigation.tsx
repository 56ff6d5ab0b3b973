import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { roleHasPermission } from '../../../../shared/permissions';
import { useWorkspaceHidden } from '../../features/mentoring/use-workspace-hidden';
import { NAV_ITEMS, type NavItem } from '../navigation';
import { useSignedInUser } from '../session/session-context';

const within = (pathname: string, path: string) =>
  pathname === path || pathname.startsWith(`${path}/`);

/**
 * The one section the page belongs to: the longest path it lies under. A section stays
 * highlighted on its sub-pages (a case file under "cases"), but "register a person"
 * (/cases/new) is its own section, not also "cases".
 */
function activePath(items: readonly NavItem[], pathname: string): string | undefined {
  return items
    .filter((item) => within(pathname, item.path))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

function NavigationItem({
  item,
  active,
  onNavigate,
}: {
  item: NavItem;
  active: boolean;
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  return (
    <NavLink
      component={Link}
      to={item.path}
      label={t(item.labelKey)}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
}

/** The sections this person's role may use; main refuses the others anyway. */
export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { role } = useSignedInUser();
  const { pathname } = useLocation();
  const workspaceHidden = useWorkspaceHidden();
  const items = NAV_ITEMS.filter(
    (item) =>
      (!item.permission || roleHasPermission(role, item.permission)) &&
      !(workspaceHidden && item.path === '/workspace'),
  );
  const current = activePath(items, pathname);
  return items.map((item) => (
    <NavigationItem
      key={item.path}
      item={item}
      active={item.path === current}
      onNavigate={onNavigate}
    />
  ));
}
