// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import BuildingStepsDiagram from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('BuildingStepsDiagram', BuildingStepsDiagram, /six steps of building a generative model/);

describe('BuildingStepsDiagram', () => {
  it('names the six steps in order and the feedback path', () => {
    const html = renderToString(<BuildingStepsDiagram description="Steps." />);
    const steps = ['Collect data', 'Preprocess', 'Choose a model', 'Train', 'Evaluate', 'Deploy'];
    const positions = steps.map((step) => html.indexOf(step));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('feedback from steps 5 and 6');
  });
});
