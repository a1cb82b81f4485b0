/**
 * Renders every diagram exactly as the notes use it, so that a malformed use (a missing
 * description, an arrow label too few) fails here, in seconds, and not only in the build.
 */
import React from 'react';
import {renderToString} from 'react-dom/server';
import {evaluate} from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import {describe, expect, it} from 'vitest';
import AgentLoopDiagram from '../AgentLoopDiagram';
import AttentionSharingDiagram from '../AttentionSharingDiagram';
import BuildingStepsDiagram from '../BuildingStepsDiagram';
import CouplingLayerDiagram from '../CouplingLayerDiagram';
import DiffusionChainDiagram from '../DiffusionChainDiagram';
import DiscriminativeVsGenerativeDiagram from '../DiscriminativeVsGenerativeDiagram';
import DitBlockDiagram from '../DitBlockDiagram';
import FlowPathsDiagram from '../FlowPathsDiagram';
import FoundationModelDiagram from '../FoundationModelDiagram';
import GanTrainingLoop from '../GanTrainingLoop';
import GenerationLoopDiagram from '../GenerationLoopDiagram';
import GrpoGroupDiagram from '../GrpoGroupDiagram';
import InferenceMemoryDiagram from '../InferenceMemoryDiagram';
import MoeRouterDiagram from '../MoeRouterDiagram';
import OpennessSpectrumDiagram from '../OpennessSpectrumDiagram';
import PromptInjectionDiagram from '../PromptInjectionDiagram';
import RagPipelineDiagram from '../RagPipelineDiagram';
import RlhfDpoDiagram from '../RlhfDpoDiagram';
import SamplerStepsDiagram from '../SamplerStepsDiagram';
import ScoreFieldDiagram from '../ScoreFieldDiagram';
import TransformerBlockDiagram from '../TransformerBlockDiagram';
import VaeDiagram from '../VaeDiagram';
import {componentUses} from '@site/tests/unit/componentUses';

const DIAGRAMS = {
  AgentLoopDiagram,
  AttentionSharingDiagram,
  BuildingStepsDiagram,
  CouplingLayerDiagram,
  DiffusionChainDiagram,
  DiscriminativeVsGenerativeDiagram,
  DitBlockDiagram,
  FlowPathsDiagram,
  FoundationModelDiagram,
  GanTrainingLoop,
  GenerationLoopDiagram,
  GrpoGroupDiagram,
  InferenceMemoryDiagram,
  MoeRouterDiagram,
  OpennessSpectrumDiagram,
  PromptInjectionDiagram,
  RagPipelineDiagram,
  RlhfDpoDiagram,
  SamplerStepsDiagram,
  ScoreFieldDiagram,
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
