// @vitest-environment jsdom
import React, {useState} from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import RangeSlider from '.';

function Controlled({onChange}: {onChange: (value: number) => void}) {
  const [value, setValue] = useState(3);
  return (
    <RangeSlider
      label="Top-k"
      value={value}
      min={1}
      max={8}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
      valueText={`k = ${value}`}
      hint="Keeps the k most likely tokens."
    />
  );
}

afterEach(cleanup);

describe('RangeSlider', () => {
  it('is a labelled slider that shows and speaks its value', () => {
    render(<Controlled onChange={() => {}} />);
    const slider = screen.getByRole('slider', {name: 'Top-k'});
    expect(slider.getAttribute('aria-valuetext')).toBe('k = 3');
    expect(slider.getAttribute('min')).toBe('1');
    expect(slider.getAttribute('max')).toBe('8');
    expect(screen.getByText('k = 3')).toBeTruthy();
    expect(slider.getAttribute('aria-describedby')).toBe(
      screen.getByText('Keeps the k most likely tokens.').getAttribute('id'),
    );
  });

  it('reports the new value as a number', () => {
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    fireEvent.change(screen.getByRole('slider'), {target: {value: '5'}});
    expect(onChange).toHaveBeenCalledWith(5);
    expect(screen.getByText('k = 5')).toBeTruthy();
  });

  it('renders on the server', () => {
    const html = renderToString(
      <RangeSlider label="τ" value={1} min={0} max={2} step={0.1} onChange={() => {}} valueText="1.0" />,
    );
    expect(html).toContain('type="range"');
    expect(html).toContain('aria-valuetext="1.0"');
  });

  it('throws on an impossible range or value', () => {
    const noop = () => {};
    expect(() =>
      renderToString(<RangeSlider label="x" value={0} min={2} max={1} onChange={noop} valueText="" />),
    ).toThrow(/RangeSlider: max \(1\) must be greater than min \(2\)/);
    expect(() =>
      renderToString(<RangeSlider label="x" value={9} min={0} max={1} onChange={noop} valueText="" />),
    ).toThrow(/value 9 lies outside/);
  });
});
