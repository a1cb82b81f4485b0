// @vitest-environment jsdom
import React from 'react';
import {cleanup, render} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import Diagram, {Box} from '.';
import {fileNameFor, kebabCase, standaloneSvg, wrapCredit} from './downloadSvg';

const credit = {
  pageTitle: 'Generative adversarial networks (GANs)',
  pageUrl: 'https://example.org/docs/models/gans',
  siteTitle: 'Generative AI, explained',
};

describe('Download SVG', () => {
  afterEach(cleanup);

  it('names the file after the note and the diagram', () => {
    expect(kebabCase('GanTrainingLoop')).toBe('gan-training-loop');
    expect(kebabCase('DitBlockDiagram')).toBe('dit-block-diagram');
    expect(fileNameFor('/kb/docs/models/gans', 'GanTrainingLoop')).toBe('gans-gan-training-loop.svg');
    expect(fileNameFor('/', 'VaeDiagram')).toBe('diagram-vae-diagram.svg');
  });

  it('wraps the credit to the drawing width', () => {
    const lines = wrapCredit('word '.repeat(100).trim(), 360);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(352 / (11 * 0.56)));
  });

  it('writes a standalone file: title, description, licence and credit, no classes', () => {
    const {container} = render(
      <Diagram
        component="TestDiagram"
        title="A test"
        description="One box labelled Model."
        wide={{width: 720, height: 100, content: <Box x={10} y={10} width={100} height={60} label="Model" />}}
      />,
    );
    const frame = container.querySelector('[data-diagram]');
    if (!frame) throw new Error('no frame');
    const text = standaloneSvg(frame, credit);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const svg = doc.documentElement;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.children[0]?.localName).toBe('title');
    expect(svg.children[0]?.textContent).toBe('A test');
    expect(svg.children[1]?.textContent).toBe('One box labelled Model.');
    expect(svg.children[2]?.localName).toBe('metadata');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 720 1\d\d$/);
    expect(text).not.toContain('class=');
    const creditText = Array.from(svg.querySelectorAll(':scope > g:last-child > text'))
      .map((t) => t.textContent)
      .join(' ');
    expect(creditText).toBe(
      'From “Generative adversarial networks (GANs)”, Generative AI, explained. Licence: CC BY 4.0 ' +
        '(https://creativecommons.org/licenses/by/4.0/). https://example.org/docs/models/gans',
    );
  });
});
