/**
 * Renders every diagram exactly as the notes use it, so that a malformed use (a missing
 * description, an arrow label too few) fails here, in seconds, and not only in the build.
 */
import React from 'react';
import {renderToString} from 'react-dom/server';
import {evaluate} from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import {describe, expect, it} from 'vitest';
import BuildingStepsDiagram from '../BuildingStepsDiagram';
import DiffusionChainDiagram from '../DiffusionChainDiagram';
import DiscriminativeVsGenerativeDiagram from '../DiscriminativeVsGenerativeDiagram';
import FoundationModelDiagram from '../FoundationModelDiagram';
import GanTrainingLoop from '../GanTrainingLoop';
import GenerationLoopDiagram from '../GenerationLoopDiagram';
import TransformerBlockDiagram from '../TransformerBlockDiagram';
import VaeDiagram from '../VaeDiagram';
import {componentUses} from '@site/tests/unit/componentUses';

const DIAGRAMS = {
  BuildingStepsDiagram,
  DiffusionChainDiagram,
  DiscriminativeVsGenerativeDiagram,
  FoundationModelDiagram,
  GanTrainingLoop,
  GenerationLoopDiagram,
  TransformerBlockDiagram,
  VaeDiagram,
};

const uses = componentUses(Object.keys(DIAGRAMS));

describe('diagrams as the notes use them', () => {
  it('are used in the notes', () => {
    expect(new Set(uses.map((u) => u.name))).toEqual(new Set(Object.keys(DIAGRAMS)));
  });

  for (const use of uses) {
    it(`${use.file}: <${use.name}> is imported and renders`, async () => {
      expect(use.imported, `${use.file} does not import ${use.name}`).toBe(true);
      const {default: Content} = await evaluate(use.source, {...runtime});
      const html = renderToString(<Content components={DIAGRAMS} />);
      expect(html).toContain('<svg');
      expect(html).toContain('role="img"');
    });
  }
});
