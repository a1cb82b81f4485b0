/**
 * Renders every diagram exactly as the notes use it, so that a malformed use (a missing
 * description, an arrow label too few) fails here, in seconds, and not only in the build.
 */
import React from 'react';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
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

const docs = path.resolve(__dirname, '../../../docs');

function notes(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return notes(full);
    return entry.name.endsWith('.mdx') ? [full] : [];
  });
}

const element = new RegExp(`^<(${Object.keys(DIAGRAMS).join('|')})\\b[\\s\\S]*?/>[ \\t]*$`, 'gm');
const uses = notes(docs).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(element)].map((m) => ({
    file: path.relative(docs, file),
    name: m[1] ?? '',
    source: m[0],
    imported: text.includes(`import ${m[1]} from '@site/src/components/${m[1]}';`),
  }));
});

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
