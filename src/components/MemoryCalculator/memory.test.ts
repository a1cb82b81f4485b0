import {describe, expect, it} from 'vitest';
import {
  DEFAULT_CONFIG,
  FIELDS,
  GB,
  GIB,
  PRESETS,
  estimateMemory,
  fitSentence,
  formatPerToken,
  formatSize,
  gpuFit,
  groupThousands,
  kvCacheBytes,
  matchingPreset,
  readBits,
  readField,
  roundTo,
  weightsBytes,
  type MemoryConfig,
} from './memory';

// The note's worked example, computed by hand:
//   weights  = 8.03 × 10⁹ × 2 bytes                      = 16,060,000,000 bytes = 16.06 GB
//   per token = 2 × 32 layers × 8 heads × 128 × 2 bytes  = 131,072 bytes (128 KiB)
//   KV cache = 131,072 × 8,192 tokens × 8 sequences      = 8,589,934,592 bytes = 8 GiB = 8.59 GB
//   total    = 24,649,934,592 bytes = 24.65 GB = 22.96 GiB; with 20 % allowance 29.58 GB.
describe('the worked example (Llama 3.1 8B, 16-bit, 8 × 8,192 tokens)', () => {
  const estimate = estimateMemory(DEFAULT_CONFIG);

  it('matches the hand computation byte for byte', () => {
    expect(estimate.weightsBytes).toBe(16_060_000_000);
    expect(estimate.kvBytesPerToken).toBe(131_072);
    expect(estimate.kvBytes).toBe(8 * GIB);
    expect(estimate.totalBytes).toBe(24_649_934_592);
    expect(estimate.allowanceBytes).toBeCloseTo(0.2 * 24_649_934_592, 3);
    expect(estimate.withAllowanceBytes).toBeCloseTo(29_579_921_510.4, 1);
  });

  it('prints both units', () => {
    expect(formatSize(estimate.weightsBytes, 'GB')).toBe('16.06 GB');
    expect(formatSize(estimate.weightsBytes, 'GiB')).toBe('14.96 GiB');
    expect(formatSize(estimate.kvBytes, 'GB')).toBe('8.59 GB');
    expect(formatSize(estimate.kvBytes, 'GiB')).toBe('8.00 GiB');
    expect(formatSize(estimate.totalBytes, 'GB')).toBe('24.65 GB');
    expect(formatSize(estimate.totalBytes, 'GiB')).toBe('22.96 GiB');
    expect(formatPerToken(estimate.kvBytesPerToken)).toBe('131,072 bytes (128 KiB)');
  });

  it('does not fit a 24 GB card but fits 48 GB with the allowance', () => {
    const report = gpuFit(estimate);
    expect(report.single.map((fit) => fit.status)).toEqual([
      'too-small',
      'too-small',
      'too-small',
      'too-small',
      'fits',
      'fits',
    ]);
    expect(report.smallestFit).toBe(48);
    expect(report.gpusOf80).toBeNull();
    expect(fitSentence(report)).toBe('Fits one 48 GB GPU or larger, allowance included.');
  });

  it('with 4-bit weights the same batch fits a 16 GB card', () => {
    const small = estimateMemory({...DEFAULT_CONFIG, weightBits: 4});
    expect(small.weightsBytes).toBe(4_015_000_000);
    expect(formatSize(small.totalBytes, 'GB')).toBe('12.60 GB');
    expect(gpuFit(small).smallestFit).toBe(16);
  });
});

describe('unit conversions', () => {
  it('GB is 10⁹ bytes and GiB is 2³⁰ bytes', () => {
    expect(GB).toBe(1_000_000_000);
    expect(GIB).toBe(1_073_741_824);
    expect(formatSize(GIB, 'GB')).toBe('1.07 GB');
    expect(formatSize(GB, 'GiB')).toBe('0.93 GiB');
  });

  it('bits per weight become bytes: 16 → 2, 8 → 1, 4 → 0.5', () => {
    expect(weightsBytes(1, 16)).toBe(2e9);
    expect(weightsBytes(1, 8)).toBe(1e9);
    expect(weightsBytes(1, 4)).toBe(0.5e9);
  });

  it('an 8-bit KV cache is half a 16-bit one', () => {
    const sixteen = kvCacheBytes(DEFAULT_CONFIG);
    expect(kvCacheBytes({...DEFAULT_CONFIG, kvBits: 8})).toBe(sixteen / 2);
  });

  it('groups digits and switches decimals by size, without exponents', () => {
    expect(groupThousands('1234567.89')).toBe('1,234,567.89');
    expect(groupThousands('999')).toBe('999');
    expect(groupThousands('-1234')).toBe('−1,234');
    expect(formatSize(145.42e9, 'GB')).toBe('145.4 GB');
    expect(formatSize(1.5e15, 'GB')).toBe('1,500,000 GB');
    expect(formatSize(4.015e9, 'GB')).toBe('4.02 GB');
    expect(roundTo(4.015, 2)).toBe(4.02);
    expect(formatPerToken(1000)).toBe('1,000 bytes (1.0 KiB)');
  });
});

describe('reading typed values', () => {
  const layers = FIELDS.layers;
  const params = FIELDS.parametersBillions;

  it('accepts plain numbers and thousands separators', () => {
    expect(readField(layers, '32')).toEqual({value: 32, message: null});
    expect(readField(FIELDS.contextLength, '8,192')).toEqual({value: 8192, message: null});
    expect(readField(params, 7.25)).toEqual({value: 7.25, message: null});
  });

  it('refuses text that is not a number, with a message and no value', () => {
    expect(readField(layers, 'abc')).toEqual({
      value: null,
      message: '“Layers L” must be a number; “abc” is not one.',
    });
    expect(readField(layers, '   ')).toEqual({value: null, message: 'Enter a number for “Layers L”.'});
    expect(readField(layers, 'NaN').value).toBeNull();
  });

  it('raises zero and negative values to the minimum and says so', () => {
    expect(readField(layers, '0')).toEqual({value: 1, message: '“Layers L” must be positive; using 1.'});
    expect(readField(params, '-5')).toEqual({
      value: 0.01,
      message: '“Parameters (billions)” must be positive; using 0.01.',
    });
  });

  it('caps huge values, including Infinity and 1e400, at the maximum', () => {
    expect(readField(FIELDS.contextLength, '1e12')).toEqual({
      value: 10_000_000,
      message: '“Context length n (tokens)” is capped at 10,000,000 here; using 10,000,000.',
    });
    expect(readField(FIELDS.batchSize, 'Infinity').value).toBe(100_000);
    expect(readField(FIELDS.batchSize, '1e400').value).toBe(100_000);
  });

  it('rounds fractions in whole-number fields', () => {
    expect(readField(FIELDS.kvHeads, '7.6')).toEqual({
      value: 8,
      message: '“KV heads per layer g” must be a whole number; using 8.',
    });
  });

  it('falls back to an allowed bit width', () => {
    expect(readBits('Bits per weight', [16, 8, 4] as const, '8', 16)).toEqual({value: 8, message: null});
    expect(readBits('Bits per weight', [16, 8, 4] as const, '3', 16)).toEqual({
      value: 16,
      message: '“Bits per weight” must be one of 16, 8, 4; using 16.',
    });
  });

  it('gives finite results at every extreme of the ranges', () => {
    const extremes: MemoryConfig[] = [
      {
        parametersBillions: FIELDS.parametersBillions.max,
        weightBits: 16,
        layers: FIELDS.layers.max,
        kvHeads: FIELDS.kvHeads.max,
        headDim: FIELDS.headDim.max,
        contextLength: FIELDS.contextLength.max,
        batchSize: FIELDS.batchSize.max,
        kvBits: 16,
      },
      {
        parametersBillions: FIELDS.parametersBillions.min,
        weightBits: 4,
        layers: 1,
        kvHeads: 1,
        headDim: 1,
        contextLength: 1,
        batchSize: 1,
        kvBits: 8,
      },
    ];
    for (const config of extremes) {
      const estimate = estimateMemory(config);
      for (const value of Object.values(estimate)) expect(Number.isFinite(value)).toBe(true);
      const text = `${formatSize(estimate.totalBytes, 'GB')} ${fitSentence(gpuFit(estimate))}`;
      expect(text).not.toMatch(/NaN|Infinity|e\+/);
    }
  });
});

describe('GPU fit', () => {
  it('separates “fits”, “tight” and “too small” by the allowance', () => {
    // 20 GB of weights and cache: 24 GB holds the estimate but not its 4 GB allowance.
    const report = gpuFit({totalBytes: 20 * GB, withAllowanceBytes: 24.5 * GB});
    expect(report.single.find((fit) => fit.sizeGB === 24)?.status).toBe('tight');
    expect(report.single.find((fit) => fit.sizeGB === 16)?.status).toBe('too-small');
    expect(report.smallestFit).toBe(48);
    expect(fitSentence(report)).toBe(
      'Fits one 48 GB GPU or larger, allowance included. On a 24 GB GPU it would be tight.',
    );
  });

  it('uses the minimum allowance of 1 GB for tiny models', () => {
    const estimate = estimateMemory({
      ...DEFAULT_CONFIG,
      parametersBillions: 1,
      contextLength: 256,
      batchSize: 1,
    });
    expect(estimate.allowanceBytes).toBe(GB);
  });

  it('counts 80 GB GPUs when one is not enough', () => {
    // Qwen2.5 72B at 16 bits: 145.4 GB of weights alone.
    const qwen = PRESETS.find((preset) => preset.id === 'qwen2.5-72b');
    expect(qwen).toBeDefined();
    if (!qwen) return;
    const config: MemoryConfig = {...DEFAULT_CONFIG, ...qwen, batchSize: 1, contextLength: 32_768};
    const estimate = estimateMemory(config);
    // KV: 2 × 80 × 8 × 128 × 2 = 327,680 bytes per token; × 32,768 = 10 GiB.
    expect(estimate.kvBytesPerToken).toBe(327_680);
    expect(estimate.kvBytes).toBe(10 * GIB);
    const report = gpuFit(estimate);
    expect(report.smallestFit).toBeNull();
    // (145.42 + 10.74) × 1.2 = 187.4 GB → 3 GPUs of 80 GB.
    expect(report.gpusOf80).toBe(3);
    expect(fitSentence(report)).toBe('Too big for one 80 GB GPU: about 3 of them, allowance included.');
    // At 4 bits the weights are 36.4 GB and the whole thing fits one 80 GB GPU.
    expect(gpuFit(estimateMemory({...config, weightBits: 4})).smallestFit).toBe(80);
  });

  it('an exact fit counts as fitting', () => {
    expect(gpuFit({totalBytes: 10 * GB, withAllowanceBytes: 12 * GB}).smallestFit).toBe(12);
  });
});

describe('presets', () => {
  it('are recognised from their architecture numbers', () => {
    for (const preset of PRESETS) {
      expect(matchingPreset({...DEFAULT_CONFIG, ...preset})?.id).toBe(preset.id);
      expect(preset.source).toMatch(/^https:\/\/huggingface\.co\/.+\/config\.json$/);
    }
    expect(matchingPreset({...DEFAULT_CONFIG, layers: 31})).toBeUndefined();
  });
});
