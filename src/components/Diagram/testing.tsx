/**
 * Shared unit tests for diagram components (imported only by *.test.tsx files): every
 * diagram is an image named by its title and described by its description, in both
 * layouts, renders on the server, and throws when the description is missing.
 */
import React, {type ComponentType} from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';

type DiagramComponent = ComponentType<{description: string; title?: string}>;

/** Defines the tests every diagram must pass. */
export function describeDiagram(name: string, Component: DiagramComponent, defaultTitle: RegExp): void {
  describe(`${name} (as a diagram)`, () => {
    afterEach(() => {
      cleanup();
      vi.restoreAllMocks();
    });

    const description = `A test description of ${name}.`;

    it('is an SVG image named by its title and described by its description, in both layouts', () => {
      render(<Component description={description} />);
      const images = screen.getAllByRole('img', {name: defaultTitle, description});
      expect(images.map((img) => img.getAttribute('data-layout'))).toEqual(['wide', 'narrow']);
      for (const img of images) {
        expect(img.tagName.toLowerCase()).toBe('svg');
        expect(img.getAttribute('viewBox')).toMatch(/^0 0 (720|360) \d+(\.\d+)?$/);
        expect(img.querySelector('title')?.textContent).toMatch(defaultTitle);
        expect(img.querySelector('desc')?.textContent).toBe(description);
      }
    });

    it('accepts a custom title', () => {
      render(<Component description={description} title="Custom title" />);
      expect(screen.getAllByRole('img', {name: 'Custom title'})).toHaveLength(2);
    });

    it('renders completely on the server', () => {
      const html = renderToString(<Component description={description} />);
      expect(html).toContain('<svg');
      expect(html).toContain(`<desc>${description}</desc>`);
      expect(html).toContain('role="img"');
    });

    it('throws a clear error when the description is missing or empty', () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const missing = {} as {description: string};
      expect(() => render(<Component {...missing} />)).toThrow(
        new RegExp(`<${name}>: the \`description\` prop must be a non-empty string \\(it is missing\\)`),
      );
      expect(() => render(<Component description="   " />)).toThrow(
        /`description` prop must be a non-empty string/,
      );
    });
  });
}
