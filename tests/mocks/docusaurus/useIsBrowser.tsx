/** Stand-in for @docusaurus/useIsBrowser: true under jsdom, false under plain Node. */
export default function useIsBrowser(): boolean {
  return typeof window !== 'undefined';
}
