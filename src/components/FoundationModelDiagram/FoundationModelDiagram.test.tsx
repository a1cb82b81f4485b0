// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it, vi} from 'vitest';
import FoundationModelDiagram from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('FoundationModelDiagram', FoundationModelDiagram, /foundation-model paradigm/);

describe('FoundationModelDiagram', () => {
  const adaptations = [
    {task: 'answers shaped by instructions', via: 'prompt', changesParameters: false},
    {task: 'answers from your documents', via: 'retrieve (RAG)', changesParameters: false},
    {task: 'all of θ₀ updated', via: 'full fine-tune', changesParameters: true},
  ];

  it('labels every route and dashes the ones that leave the parameters unchanged', () => {
    const html = renderToString(
      <FoundationModelDiagram description="Routes." adaptations={adaptations} note="Review it." />,
    );
    for (const text of ['prompt', 'retrieve (RAG)', 'full fine-tune', 'your documents', 'Review it.']) {
      expect(html).toContain(text);
    }
    // Two layouts × two routes that keep the parameters.
    expect(html.match(/class="[^"]*lineDashed[^"]*"/g)?.length).toBe(4);
  });

  it('throws on a route without a name or an unknown effect on the parameters', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unnamed = [...adaptations, {task: 'x', via: '', changesParameters: true}];
    expect(() => renderToString(<FoundationModelDiagram description="x" adaptations={unnamed} />)).toThrow(
      /<FoundationModelDiagram>: the `adaptations\[3\]\.via` prop must be a non-empty string/,
    );
    const unclear = [{task: 'x', via: 'y'}, ...adaptations] as unknown as typeof adaptations;
    expect(() => renderToString(<FoundationModelDiagram description="x" adaptations={unclear} />)).toThrow(
      /`adaptations\[0\]\.changesParameters` must be true or false/,
    );
  });
});
