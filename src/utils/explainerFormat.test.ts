import {describe, expect, it} from 'vitest';
import {fixed, significant, withMinus} from './explainerFormat';

describe('explainer number formatting', () => {
  it('uses a true minus sign', () => {
    expect(withMinus('-10.7')).toBe('−10.7');
    expect(fixed(-10.691, 1)).toBe('−10.7');
    expect(fixed(-0.0001, 2)).toBe('0.00');
  });

  it('keeps significant digits without exponents', () => {
    expect(significant(0.0000403583)).toBe('0.00004036');
    expect(significant(0.9999)).toBe('0.9999');
    expect(significant(9999)).toBe('9999');
    expect(significant(123456)).toBe('123456');
    expect(significant(Infinity)).toBe('∞');
    expect(significant(0)).toBe('0');
  });
});
