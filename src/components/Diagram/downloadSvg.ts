/**
 * "Download SVG" of a diagram: loaded only when the reader clicks the button (see
 * ./index.tsx), so it costs nothing at page load. It copies the drawing the reader sees
 * (the wide or the narrow layout), turns the site's CSS (classes and theme variables)
 * into concrete colours and sizes on each element, so the file looks the same outside
 * the site, and adds a background, the title and description, and a licence line with
 * the note's title and URL (also as RDF metadata).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The style properties a diagram's look depends on; the rest keep their SVG defaults. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

export type Credit = {
  /** The note's title. */
  pageTitle: string;
  /** The note's absolute URL. */
  pageUrl: string;
  /** The site's title. */
  siteTitle: string;
};

export const LICENCE_NAME = 'CC BY 4.0';
export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';
const LICENCE_FONT_SIZE = 11;
const LICENCE_LINE_HEIGHT = 15;

/** Breaks the credit into lines that fit `width` user units (SVG text does not wrap). */
export function wrapCredit(text: string, width: number): string[] {
  // System sans-serif glyphs average a little over half the font size.
  const maxChars = Math.max(20, Math.floor((width - 8) / (LICENCE_FONT_SIZE * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `GanTrainingLoop` → `gan-training-loop`. */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** `note-slug-diagram-name.svg`, from the page's path and the diagram component. */
export function fileNameFor(pathname: string, component: string): string {
  const slug = pathname.replace(/\/+$/, '').split('/').pop() || 'diagram';
  return `${slug}-${kebabCase(component)}.svg`;
}

/** The layout the reader sees: the narrow one on phones, else the wide one. */
function visibleSvg(frame: Element): SVGSVGElement | null {
  const svgs = Array.from(frame.querySelectorAll<SVGSVGElement>('svg[data-layout]'));
  return svgs.find((svg) => getComputedStyle(svg).display !== 'none') ?? svgs[0] ?? null;
}

/** Copies the computed style of every element onto the clone, and drops classes and ARIA. */
function inlineStyles(original: SVGSVGElement, clone: SVGSVGElement): void {
  const sources = [original, ...Array.from(original.querySelectorAll('*'))];
  const targets = [clone, ...Array.from(clone.querySelectorAll('*'))];
  sources.forEach((source, i) => {
    const target = targets[i];
    if (!target || target.tagName === 'title' || target.tagName === 'desc') return;
    const computed = getComputedStyle(source);
    const declarations = STYLE_PROPERTIES.map((name) => [name, computed.getPropertyValue(name)] as const)
      .filter(([, value]) => value !== '')
      .map(([name, value]) => `${name}:${value}`);
    if (computed.display === 'none') declarations.push('display:none');
    target.setAttribute('style', declarations.join(';'));
    target.removeAttribute('class');
  });
  clone.removeAttribute('aria-describedby');
  clone.removeAttribute('data-layout');
}

function element<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The standalone SVG file of a diagram's visible drawing, as text. */
export function standaloneSvg(frame: Element, credit: Credit): string {
  const original = visibleSvg(frame);
  if (!original) throw new Error('Download SVG: the diagram has no drawing.');
  const clone = original.cloneNode(true) as SVGSVGElement;
  inlineStyles(original, clone);

  const doc = clone.ownerDocument;
  const [x = 0, y = 0, width = 720, height = 400] = (original.getAttribute('viewBox') ?? '')
    .split(/[\s,]+/)
    .map(Number);
  const frameStyle = getComputedStyle(frame);
  const background = frameStyle.backgroundColor || '#ffffff';
  const textColour = getComputedStyle(original).color || '#000000';
  const lines = [
    ...wrapCredit(
      `From “${credit.pageTitle}”, ${credit.siteTitle}. Licence: ${LICENCE_NAME} (${LICENCE_URL}).`,
      width,
    ),
    credit.pageUrl,
  ];
  const fullHeight = height + 12 + lines.length * LICENCE_LINE_HEIGHT;

  // XMLSerializer writes xmlns for the SVG namespace itself; setting it too would repeat it.
  clone.setAttribute('viewBox', `${x} ${y} ${width} ${fullHeight}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(fullHeight));
  clone.setAttribute('style', `color:${textColour};font-family:${getComputedStyle(original).fontFamily}`);

  // <title> and <desc> first (they are already in the drawing), then the metadata.
  const title = clone.querySelector('title');
  const desc = clone.querySelector('desc');
  if (desc) clone.insertBefore(desc, clone.firstChild);
  if (title) clone.insertBefore(title, clone.firstChild);
  const metadata = element(doc, 'metadata', {});
  const rdfNs = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
  const rdf = doc.createElementNS(rdfNs, 'rdf:RDF');
  const work = doc.createElementNS('http://creativecommons.org/ns#', 'cc:Work');
  work.setAttributeNS(rdfNs, 'rdf:about', '');
  const licence = doc.createElementNS('http://creativecommons.org/ns#', 'cc:license');
  licence.setAttributeNS(rdfNs, 'rdf:resource', LICENCE_URL);
  const dcTitle = doc.createElementNS('http://purl.org/dc/elements/1.1/', 'dc:title');
  dcTitle.textContent = title?.textContent ?? '';
  const dcSource = doc.createElementNS('http://purl.org/dc/elements/1.1/', 'dc:source');
  dcSource.textContent = credit.pageUrl;
  work.append(dcTitle, dcSource, licence);
  rdf.append(work);
  metadata.append(rdf);
  const afterText = desc ?? title;
  clone.insertBefore(metadata, afterText ? afterText.nextSibling : clone.firstChild);

  // A background under the drawing, so its colours keep their contrast on any page.
  clone.insertBefore(
    element(doc, 'rect', {x, y, width, height: fullHeight, fill: background}),
    metadata.nextSibling,
  );
  const credits = element(doc, 'g', {
    'font-size': LICENCE_FONT_SIZE,
    fill: textColour,
    'font-family': getComputedStyle(original).fontFamily,
  });
  lines.forEach((line, i) =>
    credits.append(
      element(doc, 'text', {x: x + 4, y: y + height + 12 + (i + 0.75) * LICENCE_LINE_HEIGHT}, line),
    ),
  );
  clone.append(credits);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

/** The note's title and canonical URL, from the page the diagram is on. */
export function creditFromPage(siteTitle: string): Credit {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = new URL(canonical ?? window.location.href);
  url.hash = '';
  url.search = '';
  const heading = document.querySelector('article h1, main h1')?.textContent?.trim();
  return {pageTitle: heading || document.title, pageUrl: url.href, siteTitle};
}

/** Saves the diagram in `frame` (its `[data-diagram]` element) as an SVG file. */
export function downloadDiagram(frame: Element, component: string, siteTitle: string): void {
  const text = standaloneSvg(frame, creditFromPage(siteTitle));
  const href = URL.createObjectURL(new Blob([text], {type: 'image/svg+xml'}));
  const link = document.createElement('a');
  link.href = href;
  link.download = fileNameFor(window.location.pathname, component);
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
