/**
 * The phone navigation drawer, mounted when it is first needed rather than during
 * start-up (see `src/utils/useIdleMount.ts`).
 *
 * The classic theme mounts the drawer as soon as a page has hydrated on a narrow
 * screen, closed as it is: the site's navigation, then the docs sidebar pushed into it
 * through context, then the sidebar once more when it becomes the panel shown. On a
 * note that was three synchronous renders of about 150 components each, right after
 * hydration, paid for by the reader as a blocked main thread.
 *
 * Here the drawer mounts at once if the reader opens the menu, and otherwise in idle
 * time. Mounting it before the first tap keeps the drawer's slide-in animation.
 */
import React, {type ReactNode} from 'react';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import {useIdleMount} from '@site/src/utils/useIdleMount';

export default function NavbarMobileSidebarWrapper(): ReactNode {
  const {shown, shouldRender} = useNavbarMobileSidebar();
  // Two idle periods: on a note, the docs sidebar is pushed into the drawer in the
  // first (src/theme/DocSidebar/Mobile), so the drawer mounts with it in one pass.
  const mounted = useIdleMount(shown, {enabled: shouldRender, idlePeriods: 2});
  return mounted ? <NavbarMobileSidebar /> : null;
}
