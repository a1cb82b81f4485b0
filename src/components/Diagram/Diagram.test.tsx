// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import Diagram, {Arrow, Box, Label, MathLine, roundedPath} from '.';
import {requireCount} from './validate';

const layout = {
  width: 720,
  height: 100,
  content: (
    <>
      <Box x={10} y={10} width={100} height={60} label="Model" detail="weights θ" />
      <Arrow
        points={[
          [110, 40],
          [200, 40],
        ]}
        label="output"
      />
      <Label x={300} y={40} text={['two', 'lines']} />
    </>
  ),
};

describe('Diagram', () => {
  it('is an image named by its title and described by its description', () => {
    render(
      <Diagram
        component="TestDiagram"
        title="A test"
        description="Two boxes joined by an arrow."
        wide={layout}
      />,
    );
    const img = screen.getByRole('img', {name: 'A test', description: 'Two boxes joined by an arrow.'});
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.querySelector('title')?.textContent).toBe('A test');
    expect(img.querySelector('desc')?.textContent).toBe('Two boxes joined by an arrow.');
    expect(img.getAttribute('viewBox')).toBe('0 0 720 100');
  });

  it('renders a narrow layout too, with ids unique on the page', () => {
    const {container} = render(
      <>
        <Diagram
          component="TestDiagram"
          title="One"
          description="First."
          wide={layout}
          narrow={{...layout, width: 360}}
        />
        <Diagram
          component="TestDiagram"
          title="Two"
          description="Second."
          wide={layout}
          narrow={{...layout, width: 360}}
        />
      </>,
    );
    expect(screen.getAllByRole('img', {name: 'One'})).toHaveLength(2);
    const ids = Array.from(container.querySelectorAll('[id]'), (el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Each SVG points its arrows at its own markers.
    for (const svg of Array.from(container.querySelectorAll('svg'))) {
      const marker = svg.querySelector('path[marker-end]')?.getAttribute('marker-end') ?? '';
      const id = /url\(#(.+)\)/.exec(marker)?.[1] ?? '';
      expect(svg.querySelector(`marker[id="${id}"]`)).not.toBeNull();
    }
  });

  it('renders on the server', () => {
    const html = renderToString(
      <Diagram component="TestDiagram" title="A test" description="Described." wide={layout} />,
    );
    expect(html).toContain('<svg');
    expect(html).toContain('<desc>Described.</desc>');
    expect(html).toContain('Model');
  });

  it('throws a clear error without a description', () => {
    expect(() =>
      render(<Diagram component="TestDiagram" title="A test" description="  " wide={layout} />),
    ).toThrow(/<TestDiagram>: the `description` prop must be a non-empty string/);
  });

  it('draws subscripts as lowered tspans and lifts the text after them', () => {
    const html = renderToString(
      <svg>
        <text>
          <MathLine text="p_θ(x_{t−1})" fontSize={10} />
        </text>
      </svg>,
    );
    expect(html).toContain('p<tspan dy="3" font-size="7.5">θ</tspan><tspan dy="-3">(x</tspan>');
    expect(html).toContain('<tspan dy="3" font-size="7.5">t−1</tspan><tspan dy="-3">)</tspan>');
  });

  it('rounds the corners of bent paths', () => {
    expect(
      roundedPath([
        [0, 0],
        [100, 0],
      ]),
    ).toBe('M0 0 L100 0');
    expect(
      roundedPath(
        [
          [0, 0],
          [100, 0],
          [100, 100],
        ],
        10,
      ),
    ).toBe('M0 0 L90 0 Q100 0 100 10 L100 100');
  });

  it('checks the number of entries of a list prop', () => {
    expect(() => requireCount('X', 'steps', [1], 3, 5)).toThrow(
      /<X>: `steps` must list between 3 and 5 entries \(got 1\)/,
    );
    expect(() => requireCount('X', 'steps', [1, 2, 3], 3, 5)).not.toThrow();
  });
});
