// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {render, screen} from '@testing-library/react';
import {describe, expect, it, vi} from 'vitest';
import DiffusionChainDiagram from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('DiffusionChainDiagram', DiffusionChainDiagram, /^Diffusion: a fixed forward process/);

describe('DiffusionChainDiagram', () => {
  it('labels both chains and every frame with its step t and ᾱ_t', () => {
    const html = renderToString(<DiffusionChainDiagram description="x" />);
    expect(html).toContain('forward process q(x');
    expect(html).toContain('reverse process p');
    for (const text of ['t = 0', 't = 100', 't = 250', 't = 500', 't = T = 1000', '≈ 0.52', '≈ 1.00']) {
      expect(html).toContain(text);
    }
  });

  it('draws only generation, steered by a condition, in reverse mode', () => {
    render(<DiffusionChainDiagram description="x" process="reverse" condition="your prompt c" />);
    expect(screen.getAllByRole('img', {name: /from pure noise to a picture/})).toHaveLength(2);
    const html = renderToString(
      <DiffusionChainDiagram description="x" process="reverse" condition="your prompt c" />,
    );
    expect(html).toContain('your prompt c');
    expect(html).not.toContain('forward process');
  });

  it('throws on an unknown process', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const process = 'sideways' as 'both';
    expect(() => renderToString(<DiffusionChainDiagram description="x" process={process} />)).toThrow(
      /<DiffusionChainDiagram>: `process` must be "both" or "reverse"/,
    );
  });
});
