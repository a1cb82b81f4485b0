/**
 * The docs sidebar's place in the phone navigation drawer, filled when the drawer is
 * first needed rather than during start-up (see `src/utils/useIdleMount.ts` and
 * `src/theme/Navbar/MobileSidebar`).
 *
 * The original pushes the sidebar into the drawer from an effect right after
 * hydration. Its first run sorts the props with `localeCompare`, and the first
 * `localeCompare` on a page builds the ICU collator: about 6 ms on a laptop, 25 ms on
 * a throttled phone, spent before the reader can do anything.
 */
import React, {type ReactNode} from 'react';
import DocSidebarMobile from '@theme-original/DocSidebar/Mobile';
import type DocSidebarMobileType from '@theme/DocSidebar/Mobile';
import type {WrapperProps} from '@docusaurus/types';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import {useIdleMount} from '@site/src/utils/useIdleMount';

type Props = WrapperProps<typeof DocSidebarMobileType>;

export default function DocSidebarMobileWrapper(props: Props): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const mounted = useIdleMount(shown);
  return mounted ? <DocSidebarMobile {...props} /> : null;
}
