/**
 * Stands in for @docusaurus/core's `client/browserContext.js` (see ./index.ts): false in
 * the server render and while the page hydrates, then true, set in a transition.
 * `useIsBrowser` and the app read these same exports.
 */
import React, {createContext, startTransition, useEffect, useState, type ReactNode} from 'react';

export const Context = createContext(false);

export function BrowserContextProvider({children}: {children: ReactNode}): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return <Context.Provider value={isBrowser}>{children}</Context.Provider>;
}
