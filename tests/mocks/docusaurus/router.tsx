/** Stand-in for @docusaurus/router. */
export function useLocation() {
  return {pathname: '/', search: typeof window === 'undefined' ? '' : window.location.search, hash: ''};
}
export function useHistory() {
  return {push: () => undefined, replace: () => undefined};
}
