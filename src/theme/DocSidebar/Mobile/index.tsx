/**
 * Ejected from @docusaurus/theme-classic 3.10 (DocSidebar/Mobile). Two changes, marked
 * "Site:", both to keep work out of a note's start-up on a phone:
 *
 * 1. The docs sidebar is pushed into the phone menu drawer when the drawer is first
 *    needed (see `src/utils/useIdleMount.ts` and `src/theme/Navbar/MobileSidebar`),
 *    not from an effect right after hydration.
 * 2. The filler gets its props as one memoised object. `NavbarSecondaryMenuFiller`
 *    sorts its props' keys with `localeCompare` to memoise them, and the first
 *    `localeCompare` on a page builds the ICU collator: about 13 ms on a laptop and
 *    50 ms on a throttled phone, in one block. With a single key there is nothing to
 *    compare, so no collator is built.
 */
import React, {type ReactNode, useMemo} from 'react';
import clsx from 'clsx';
import {
  NavbarSecondaryMenuFiller,
  type NavbarSecondaryMenuComponent,
  ThemeClassNames,
} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type {Props} from '@theme/DocSidebar/Mobile';
import {useIdleMount} from '@site/src/utils/useIdleMount';

// Site: one prop, `menu`, instead of `sidebar` and `path`.
type MenuProps = {menu: Pick<Props, 'sidebar' | 'path'>};

const DocSidebarMobileSecondaryMenu: NavbarSecondaryMenuComponent<MenuProps> = ({menu}) => {
  const {sidebar, path} = menu;
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={sidebar}
        activePath={path}
        onItemClick={(item) => {
          // The drawer closes on a link, or on a category that is a link too.
          if (item.type === 'category' && item.href) mobileSidebar.toggle();
          if (item.type === 'link') mobileSidebar.toggle();
        }}
        level={1}
      />
    </ul>
  );
};

function DocSidebarMobile({sidebar, path}: Props): ReactNode {
  // Site: filled in idle time or when the drawer opens, with one memoised prop.
  const {shown} = useNavbarMobileSidebar();
  const mounted = useIdleMount(shown);
  const menu = useMemo(() => ({sidebar, path}), [sidebar, path]);
  return mounted ? (
    <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{menu}} />
  ) : null;
}

export default React.memo(DocSidebarMobile);
