// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it, vi} from 'vitest';
import AttentionSharingDiagram, {cacheCount, kvHeadCount} from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('AttentionSharingDiagram', AttentionSharingDiagram, /^Sharing keys and values/);

/** The visible text, with wrapped lines joined by spaces. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

/** Number of closed shapes (subpaths ending in Z) in the path with this class, per layout. */
function shapesOf(html: string, className: string): number[] {
  const pattern = new RegExp(`<path class="[^"]*${className}[^"]*" d="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((m) => (m[1]?.match(/Z/g) ?? []).length);
}

describe('AttentionSharingDiagram', () => {
  it('counts the K/V heads and the cached vectors of each scheme', () => {
    const html = textOf(renderToString(<AttentionSharingDiagram description="x" />));
    for (const text of [
      '8 query heads',
      '8 K/V heads',
      '2 K/V heads',
      '1 K/V head ',
      'groups of 4 query heads share one K/V head',
      '16 vectors (the baseline)',
      '4 vectors, 1/4 of multi-head',
      '2 vectors, 1/8 of multi-head',
      'KV cache = 2 × layers × K/V heads × head size × tokens × bytes per number',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('draws one query circle per head and one square per K/V head, each kind as a single path', () => {
    const html = renderToString(<AttentionSharingDiagram description="x" />);
    // Wide and narrow layouts: 3 panels × 8 query heads; 8 + 2 + 1 K/V heads; a K and a V cell each.
    expect(shapesOf(html, 'query')).toEqual([24, 24]);
    expect(shapesOf(html, 'kv')).toEqual([11, 11]);
    expect(shapesOf(html, 'cellKey')).toEqual([11, 11]);
    expect(shapesOf(html, 'cellValue')).toEqual([11, 11]);
  });

  it('takes its own head counts and refuses groups of unequal size', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const html = renderToString(
      <AttentionSharingDiagram description="x" queryHeads={12} groupedKvHeads={3} />,
    );
    expect(html).toContain('groups of 4 query heads share one K/V head');
    expect(html).toContain('6 vectors, 1/4 of multi-head');
    expect(() => renderToString(<AttentionSharingDiagram description="x" groupedKvHeads={3} />)).toThrow(
      /`groupedKvHeads` must be more than 1, fewer than `queryHeads` \(8\) and divide it evenly/,
    );
    expect(() => renderToString(<AttentionSharingDiagram description="x" queryHeads={32} />)).toThrow(
      /`queryHeads` must be an integer from 2 to 12/,
    );
    expect(kvHeadCount(1)).toBe('1 K/V head');
    expect(cacheCount(8, 8)).toBe('16 vectors (the baseline)');
  });
});
