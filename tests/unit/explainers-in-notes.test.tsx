// @vitest-environment jsdom
/**
 * Renders every interactive explainer exactly as the notes use it (props included), so a
 * malformed use fails here in seconds rather than only in the build, checks that each one
 * is imported by the note and renders its picture and summary on the server, and that
 * the browser hydrates that HTML without a mismatch (same seeded pictures on both sides).
 */
import React, {act} from 'react';
import {hydrateRoot} from 'react-dom/client';
import {renderToString} from 'react-dom/server';
import {evaluate} from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import {describe, expect, it, vi} from 'vitest';
import AttentionExplorer from '@site/src/components/AttentionExplorer';
import DiffusionNoiseExplorer from '@site/src/components/DiffusionNoiseExplorer';
import MemoryCalculator from '@site/src/components/MemoryCalculator';
import SamplingExplorer from '@site/src/components/SamplingExplorer';
import SelfConsistencyExplorer from '@site/src/components/SelfConsistencyExplorer';
import VaeLatentExplorer from '@site/src/components/VaeLatentExplorer';
import {componentUses} from './componentUses';

const EXPLAINERS = {
  AttentionExplorer,
  DiffusionNoiseExplorer,
  MemoryCalculator,
  SamplingExplorer,
  SelfConsistencyExplorer,
  VaeLatentExplorer,
};

/** Where each explainer must appear (the plan of issue 5). */
const EXPECTED: [string, string][] = [
  ['models/diffusion-models.mdx', 'DiffusionNoiseExplorer'],
  ['models/transformers.mdx', 'AttentionExplorer'],
  ['models/autoregressive-models.mdx', 'SamplingExplorer'],
  ['models/large-language-models.mdx', 'SamplingExplorer'],
  ['models/vaes.mdx', 'VaeLatentExplorer'],
  ['models/reasoning-models.mdx', 'SelfConsistencyExplorer'],
  ['practice/running-models-efficiently.mdx', 'MemoryCalculator'],
];

const uses = componentUses(Object.keys(EXPLAINERS));

describe('explainers as the notes use them', () => {
  it('appear in every planned note', () => {
    expect(uses.map((use) => [use.file, use.name])).toEqual(expect.arrayContaining(EXPECTED));
  });

  for (const use of uses) {
    it(`${use.file}: <${use.name}> is imported, replaces its placeholder and renders on the server`, async () => {
      expect(use.imported, `${use.file} does not import ${use.name}`).toBe(true);
      expect(use.placeholderLeft, `${use.file} still has a placeholder for ${use.name}`).toBe(false);
      const {default: Content} = await evaluate(use.source, {...runtime});
      const html = renderToString(<Content components={EXPLAINERS} />);
      expect(html).toContain('<figure');
      expect(html).toContain('<figcaption');
      // The live region holds its summary in the server HTML (directly or inside a <p>).
      expect(html).toMatch(/aria-live="polite"[^>]*>(?:<[a-z]+[^>]*>)*[^<\s][^<]*/);

      // Hydrate the server HTML as the browser does; React reports any mismatch via console.error.
      const container = document.createElement('div');
      container.innerHTML = html;
      document.body.append(container);
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      const recoverable: unknown[] = [];
      const root = await act(async () =>
        hydrateRoot(container, <Content components={EXPLAINERS} />, {
          onRecoverableError: (error) => recoverable.push(error),
        }),
      );
      expect(recoverable).toEqual([]);
      expect(errors).not.toHaveBeenCalled();
      // After hydration the live region still says what the server HTML said.
      const server = document.createElement('div');
      server.innerHTML = html;
      const serverSummary = server.querySelector('[aria-live]')?.textContent;
      expect(serverSummary).toBeTruthy();
      expect(container.querySelector('[aria-live]')?.textContent).toBe(serverSummary);
      errors.mockRestore();
      act(() => root.unmount());
      container.remove();
    });
  }
});
