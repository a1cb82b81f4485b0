/** Stand-in for @docusaurus/useBrokenLinks: records anchors and links for assertions. */
export const collected = {anchors: [] as string[], links: [] as string[]};

export default function useBrokenLinks() {
  return {
    collectAnchor: (anchor?: string) => anchor && collected.anchors.push(anchor),
    collectLink: (link?: string) => link && collected.links.push(link),
  };
}
