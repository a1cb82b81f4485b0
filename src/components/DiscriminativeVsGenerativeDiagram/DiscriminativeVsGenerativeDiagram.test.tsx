// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it, vi} from 'vitest';
import DiscriminativeVsGenerativeDiagram from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram(
  'DiscriminativeVsGenerativeDiagram',
  DiscriminativeVsGenerativeDiagram,
  /^Discriminative versus generative/,
);

describe('DiscriminativeVsGenerativeDiagram', () => {
  it('contrasts p(y | x) and p(x) and draws the same picture on every render', () => {
    const first = renderToString(<DiscriminativeVsGenerativeDiagram description="x" />);
    expect(first).toContain('p(y | x)');
    expect(first).toContain('p(x)');
    expect(first).toContain('puppy photos');
    expect(renderToString(<DiscriminativeVsGenerativeDiagram description="x" />)).toBe(first);
  });

  it('names its own classes and refuses anything but two', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const html = renderToString(
      <DiscriminativeVsGenerativeDiagram description="x" classes={['cat', 'dog']} />,
    );
    expect(html).toContain('dog photos');
    const three = ['a', 'b', 'c'] as unknown as [string, string];
    expect(() =>
      renderToString(<DiscriminativeVsGenerativeDiagram description="x" classes={three} />),
    ).toThrow(/`classes` must name exactly two classes/);
  });
});
