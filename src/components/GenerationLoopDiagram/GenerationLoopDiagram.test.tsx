// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it, vi} from 'vitest';
import GenerationLoopDiagram from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('GenerationLoopDiagram', GenerationLoopDiagram, /^The generation loop/);

describe('GenerationLoopDiagram', () => {
  it('draws the default stages, arrow labels and the loop label', () => {
    const html = renderToString(<GenerationLoopDiagram description="Loop." />);
    for (const text of ['Prompt', 'Model', 'Response', 'Use', 'you read', 'change the prompt']) {
      expect(html).toContain(text);
    }
  });

  it('accepts its own stages, one label per forward arrow', () => {
    const html = renderToString(
      <GenerationLoopDiagram
        description="LLM loop."
        steps={[{label: 'Tokens so far'}, {label: 'Transformer'}, {label: 'Pick a token'}]}
        arrowLabels={['read', 'probabilities']}
        loopLabel="append and repeat"
      />,
    );
    expect(html).toContain('Transformer');
    expect(html).toContain('probabilities');
    expect(html).toContain('append and repeat');
  });

  it('throws when stages and arrow labels do not match, or there are too many stages', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const steps = [{label: 'A'}, {label: 'B'}, {label: 'C'}];
    expect(() => renderToString(<GenerationLoopDiagram description="x" steps={steps} />)).toThrow(
      /<GenerationLoopDiagram>: `arrowLabels` must give one label per forward arrow, 2 for 3 steps \(got none\)/,
    );
    const six = Array.from({length: 6}, (_, i) => ({label: `S${i}`}));
    expect(() =>
      renderToString(
        <GenerationLoopDiagram description="x" steps={six} arrowLabels={['a', 'b', 'c', 'd', 'e']} />,
      ),
    ).toThrow(/`steps` must list between 3 and 5 entries \(got 6\)/);
  });
});
