/**
 * The SVG diagrams, as a reader sees them: on every page that has one, each diagram is a
 * visible image with an accessible name and description, on a desktop and on a 360 px
 * phone, where the narrow (vertical) layout replaces the wide one, its text stays at
 * least about 12 px and the page does not scroll sideways.
 */
import type {Locator, Page} from '@playwright/test';
import {expect, test} from './fixtures';

/** Each page with a diagram, and the diagram components it shows. */
const PAGES: Record<string, string[]> = {
  '/docs/fundamentals/how-it-works': ['GenerationLoopDiagram'],
  '/docs/fundamentals/discriminative-vs-generative': ['DiscriminativeVsGenerativeDiagram'],
  '/docs/fundamentals/foundation-models': ['FoundationModelDiagram'],
  '/docs/models/gans': ['GanTrainingLoop'],
  '/docs/models/vaes': ['VaeDiagram'],
  '/docs/models/diffusion-models': ['DiffusionChainDiagram'],
  '/docs/models/transformers': ['TransformerBlockDiagram'],
  '/docs/models/large-language-models': ['GenerationLoopDiagram'],
  '/docs/practice/prompt-engineering': ['GenerationLoopDiagram'],
  '/docs/practice/fine-tuning': ['FoundationModelDiagram'],
  '/docs/practice/building-a-generative-model': ['BuildingStepsDiagram'],
  '/docs/applications/images': ['DiffusionChainDiagram'],
  '/docs/applications/video-and-3d': ['DiffusionChainDiagram'],
  '/docs/applications/code': ['GenerationLoopDiagram'],
  '/docs/applications/text-and-writing': ['GenerationLoopDiagram'],
  '/docs/applications/music-and-audio': ['GenerationLoopDiagram'],
  '/docs/applications/science-and-medicine': ['GenerationLoopDiagram'],
  '/docs/applications/business-and-education': ['FoundationModelDiagram'],
};

/** The drawing of a diagram that is shown at the current width (the other one is hidden). */
function shownLayout(diagram: Locator, layout: 'wide' | 'narrow'): Locator {
  return diagram.locator(`svg[data-layout="${layout}"]`);
}

/** Checks that one diagram shows `layout` as a named, described image and hides the other. */
async function expectDiagramShown(page: Page, diagram: Locator, layout: 'wide' | 'narrow'): Promise<void> {
  const svg = shownLayout(diagram, layout);
  const other = shownLayout(diagram, layout === 'wide' ? 'narrow' : 'wide');
  await expect(svg).toBeVisible();
  await expect(other).toBeHidden();
  await expect(svg).toHaveAttribute('role', 'img');
  const title = (await svg.locator('title').textContent())?.trim() ?? '';
  expect(title.length, 'diagram title').toBeGreaterThan(10);
  await expect(svg).toHaveAccessibleName(title);
  const description = (await svg.locator('desc').textContent())?.trim() ?? '';
  expect(description.length, 'diagram description').toBeGreaterThan(40);
  await expect(svg).toHaveAccessibleDescription(description);
  await expect(page.getByRole('img', {name: title, exact: true}).first()).toBeVisible();

  // The smallest text, as rendered: font size in SVG units times the drawing's scale.
  const smallest = await svg.evaluate((element) => {
    const svgElement = element as SVGSVGElement;
    const scale = svgElement.getBoundingClientRect().width / svgElement.viewBox.baseVal.width;
    const sizes = Array.from(svgElement.querySelectorAll('text'), (t) =>
      parseFloat(getComputedStyle(t).fontSize),
    );
    return Math.min(...sizes) * scale;
  });
  expect(smallest, 'smallest text in px').toBeGreaterThanOrEqual(11.5);
}

for (const [path, components] of Object.entries(PAGES)) {
  test.describe(`diagrams on ${path}`, () => {
    test('are visible images with a name and a description (desktop)', async ({page}) => {
      await page.setViewportSize({width: 1280, height: 900});
      await page.goto(path);
      for (const component of components) {
        const diagrams = page.locator(`[data-diagram="${component}"]`);
        expect(await diagrams.count(), `${component} on ${path}`).toBeGreaterThan(0);
        for (const diagram of await diagrams.all()) {
          await diagram.scrollIntoViewIfNeeded();
          await expectDiagramShown(page, diagram, 'wide');
        }
      }
    });

    test('switch to the narrow layout at 360 px without widening the page', async ({page}) => {
      await page.setViewportSize({width: 360, height: 780});
      await page.goto(path);
      for (const component of components) {
        for (const diagram of await page.locator(`[data-diagram="${component}"]`).all()) {
          await diagram.scrollIntoViewIfNeeded();
          await expectDiagramShown(page, diagram, 'narrow');
          const box = await diagram.boundingBox();
          expect(box?.width ?? 0).toBeLessThanOrEqual(360);
        }
      }
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, 'page width at 360 px').toBeLessThanOrEqual(360);
    });
  });
}

test('diagrams are in the static HTML, before any script runs', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('/docs/models/gans');
  const svg = page.locator('[data-diagram="GanTrainingLoop"] svg[data-layout="wide"]');
  await expect(svg).toBeVisible();
  await expect(svg.locator('desc')).toContainText('discriminator');
  await context.close();
});
