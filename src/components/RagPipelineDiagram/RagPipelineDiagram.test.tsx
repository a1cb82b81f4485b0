// @vitest-environment jsdom
import React from 'react';
import {render} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import RagPipelineDiagram from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('RagPipelineDiagram', RagPipelineDiagram, /retrieval-augmented generation pipeline/);

describe('RagPipelineDiagram', () => {
  it('shows both phases, all eleven steps numbered in order, and the parts the note teaches', () => {
    const {container} = render(<RagPipelineDiagram description="RAG." />);
    const layouts = Array.from(container.querySelectorAll('svg[data-layout]'));
    expect(layouts).toHaveLength(2);
    for (const svg of layouts) {
      const steps = Array.from(svg.querySelectorAll('[data-step]'), (el) => ({
        n: Number(el.getAttribute('data-step')),
        id: el.getAttribute('data-step-id'),
        text: Array.from(el.querySelectorAll('text'), (t) => t.textContent).join(' '),
      }));
      // Every step appears once, numbered 1 to 11, and its badge shows that number.
      expect(steps.map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(steps.map((s) => s.id)).toEqual([
        'documents',
        'chunking',
        'embedChunks',
        'vectorIndex',
        'keywordIndex',
        'question',
        'embedQuestion',
        'hybridSearch',
        'rerank',
        'prompt',
        'answer',
      ]);
      for (const step of steps) expect(step.text, step.id ?? '').toMatch(new RegExp(`\\b${step.n}$`));
      // The ideas the note relies on are written in the picture, not only implied by it.
      const text = Array.from(svg.querySelectorAll('text'), (el) => el.textContent).join(' ');
      for (const phrase of [
        'Indexing: ahead of time',
        'Answering: for every question',
        'HNSW',
        'BM25',
        'RRF',
        'cross-encoder',
        '[1]',
        'recall@k',
        'MRR',
        'faithfulness',
      ]) {
        expect(text, phrase).toContain(phrase);
      }
      // The pile of documents is one path with two sheets.
      const sheets = svg.querySelector('path[data-sheets]');
      expect(sheets?.getAttribute('data-sheets')).toBe('2');
      expect(sheets?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    }
  });
});
