/**
 * How much memory a decoder-only language model needs at inference time, by the two
 * formulas of the note "Running models efficiently":
 *
 *   weights  = parameters × bits per weight / 8                                  (bytes)
 *   KV cache = 2 × layers × KV heads × head dimension × tokens × batch × KV bits / 8
 *
 * plus a rule-of-thumb allowance for activations, buffers and the runtime. Every value a
 * reader types or slides passes through {@link readField} first: it is clamped to a
 * sensible range and explained in words, so nothing downstream ever sees NaN or Infinity.
 */

/** 1 GB, the decimal gigabyte that GPU makers print on the box. */
export const GB = 1e9;
/** 1 GiB, the binary gibibyte that many tools report. */
export const GIB = 2 ** 30;

/** The inputs of the calculator, after validation. */
export type MemoryConfig = {
  /** Number of parameters, in billions. */
  parametersBillions: number;
  /** Bits used to store each weight: 16, 8 or 4. */
  weightBits: WeightBits;
  /** Number of transformer layers, L. */
  layers: number;
  /** Key/value heads per layer, g (equal to the query heads without grouped-query attention). */
  kvHeads: number;
  /** Length of one head's key and value vectors, d_k. */
  headDim: number;
  /** Tokens per sequence held in the cache: prompt plus generated text, n. */
  contextLength: number;
  /** Sequences served at the same time, B. */
  batchSize: number;
  /** Bits used to store each number in the KV cache: 16 or 8. */
  kvBits: KvBits;
};

export const WEIGHT_BITS = [16, 8, 4] as const;
export type WeightBits = (typeof WEIGHT_BITS)[number];
export const KV_BITS = [16, 8] as const;
export type KvBits = (typeof KV_BITS)[number];

/** The numeric inputs a reader can type or slide. */
export type NumericField = Exclude<keyof MemoryConfig, 'weightBits' | 'kvBits'>;

/** Range and display of one numeric input. */
export type FieldSpec = {
  key: NumericField;
  /** Visible label of the control. */
  label: string;
  /** Smallest accepted value (values below are raised to it). */
  min: number;
  /** Largest accepted value (values above are lowered to it). */
  max: number;
  /** Whole numbers only (layers, heads, tokens, sequences). */
  integer: boolean;
  /** The slider covers the common range; the number box accepts anything from min to max. */
  slider: {min: number; max: number; step: number};
};

export const FIELDS: Readonly<Record<NumericField, FieldSpec>> = {
  parametersBillions: {
    key: 'parametersBillions',
    label: 'Parameters (billions)',
    min: 0.01,
    max: 5000,
    integer: false,
    slider: {min: 0.5, max: 405, step: 0.01},
  },
  layers: {
    key: 'layers',
    label: 'Layers L',
    min: 1,
    max: 512,
    integer: true,
    slider: {min: 1, max: 128, step: 1},
  },
  kvHeads: {
    key: 'kvHeads',
    label: 'KV heads per layer g',
    min: 1,
    max: 512,
    integer: true,
    slider: {min: 1, max: 128, step: 1},
  },
  headDim: {
    key: 'headDim',
    label: 'Head dimension dₖ',
    min: 1,
    max: 4096,
    integer: true,
    slider: {min: 32, max: 256, step: 1},
  },
  contextLength: {
    key: 'contextLength',
    label: 'Context length n (tokens)',
    min: 1,
    max: 10_000_000,
    integer: true,
    slider: {min: 256, max: 131_072, step: 256},
  },
  batchSize: {
    key: 'batchSize',
    label: 'Batch size B (sequences)',
    min: 1,
    max: 100_000,
    integer: true,
    slider: {min: 1, max: 256, step: 1},
  },
};

/** The result of reading one typed or slid value. */
export type FieldReading = {
  /** The value to compute with, or null when the text is not a number at all. */
  value: number | null;
  /** What was wrong and what is used instead, in words; null when the input was fine. */
  message: string | null;
};

/** Formats a limit for messages: 10000000 → "10,000,000". */
function limitText(value: number): string {
  return groupThousands(String(value));
}

/**
 * Reads the text of one input. Commas, underscores and spaces between digits are
 * ignored ("8,192" is 8192). Text that is not a number gives `value: null` and a message;
 * a number out of range is clamped to the range, and a fraction in a whole-number field is
 * rounded, each with a message saying which value is used.
 */
export function readField(spec: FieldSpec, raw: string | number): FieldReading {
  const text = typeof raw === 'number' ? String(raw) : raw.trim();
  if (text === '') return {value: null, message: `Enter a number for “${spec.label}”.`};
  const parsed = Number(text.replace(/[,_\s]/g, ''));
  if (Number.isNaN(parsed)) {
    return {value: null, message: `“${spec.label}” must be a number; “${text}” is not one.`};
  }
  let value = parsed;
  const notes: string[] = [];
  if (value < spec.min) {
    value = spec.min;
    notes.push(
      parsed <= 0
        ? `“${spec.label}” must be positive; using ${limitText(spec.min)}.`
        : `“${spec.label}” must be at least ${limitText(spec.min)}; using ${limitText(spec.min)}.`,
    );
  } else if (value > spec.max) {
    value = spec.max;
    notes.push(`“${spec.label}” is capped at ${limitText(spec.max)} here; using ${limitText(spec.max)}.`);
  }
  if (spec.integer && !Number.isInteger(value)) {
    value = Math.round(value);
    notes.push(`“${spec.label}” must be a whole number; using ${limitText(value)}.`);
  }
  return {value, message: notes.length > 0 ? notes.join(' ') : null};
}

/** Reads one of the allowed bit widths; anything else falls back to `fallback` with a message. */
export function readBits<T extends number>(
  label: string,
  allowed: readonly T[],
  raw: string | number,
  fallback: T,
): {value: T; message: string | null} {
  const parsed = Number(raw);
  const match = allowed.find((bits) => bits === parsed);
  if (match !== undefined) return {value: match, message: null};
  return {
    value: fallback,
    message: `“${label}” must be one of ${allowed.join(', ')}; using ${fallback}.`,
  };
}

/** Memory needed by one configuration, in bytes. */
export type MemoryEstimate = {
  weightsBytes: number;
  /** KV cache added by one token of one sequence. */
  kvBytesPerToken: number;
  kvBytes: number;
  /** Weights plus KV cache: what the formulas count. */
  totalBytes: number;
  /** The rule-of-thumb extra for activations, buffers and the runtime. */
  allowanceBytes: number;
  /** Total plus allowance: what a GPU should have room for. */
  withAllowanceBytes: number;
};

/**
 * The allowance is a rule of thumb, not a measurement: 20 percent of weights plus KV
 * cache, and at least 1 GB. Real overhead depends on the runtime, its settings and the
 * prompt lengths, and is best read off the runtime's own log.
 */
export const ALLOWANCE = {fraction: 0.2, minimumBytes: 1 * GB} as const;

/** Bytes of the weights: P × 10⁹ parameters × bits / 8 (the parameter count rounded to a whole number first). */
export function weightsBytes(parametersBillions: number, weightBits: number): number {
  return (Math.round(parametersBillions * 1e9) * weightBits) / 8;
}

/** Bytes of the KV cache: 2 (key and value) × L × g × dₖ × n × B × bits / 8. */
export function kvCacheBytes(
  config: Pick<MemoryConfig, 'layers' | 'kvHeads' | 'headDim' | 'contextLength' | 'batchSize' | 'kvBits'>,
): number {
  return (
    2 *
    config.layers *
    config.kvHeads *
    config.headDim *
    config.contextLength *
    config.batchSize *
    (config.kvBits / 8)
  );
}

/** Every quantity the calculator shows, for one validated configuration. */
export function estimateMemory(config: MemoryConfig): MemoryEstimate {
  const weights = weightsBytes(config.parametersBillions, config.weightBits);
  const kvBytesPerToken = kvCacheBytes({...config, contextLength: 1, batchSize: 1});
  const kv = kvCacheBytes(config);
  const total = weights + kv;
  const allowance = Math.max(ALLOWANCE.fraction * total, ALLOWANCE.minimumBytes);
  return {
    weightsBytes: weights,
    kvBytesPerToken,
    kvBytes: kv,
    totalBytes: total,
    allowanceBytes: allowance,
    withAllowanceBytes: total + allowance,
  };
}

/** Common GPU memory sizes, in GB as sold. */
export const GPU_SIZES_GB = [8, 12, 16, 24, 48, 80] as const;

/**
 * `fits`: room for the estimate and the allowance. `tight`: the estimate fits but the
 * allowance does not, so it may run with a shorter context or smaller batch.
 * `too-small`: even the weights and KV cache alone do not fit.
 */
export type FitStatus = 'fits' | 'tight' | 'too-small';

export type GpuFit = {sizeGB: number; status: FitStatus};

export type FitReport = {
  /** One entry per size in {@link GPU_SIZES_GB}. */
  single: GpuFit[];
  /** Smallest single size with room for the allowance, or null if none has. */
  smallestFit: number | null;
  /**
   * How many 80 GB GPUs the estimate plus allowance needs when one is not enough
   * (at least 2), or null when one GPU of some listed size suffices.
   */
  gpusOf80: number | null;
};

/** Which common GPU sizes hold an estimate, and how many 80 GB GPUs a larger one needs. */
export function gpuFit(estimate: Pick<MemoryEstimate, 'totalBytes' | 'withAllowanceBytes'>): FitReport {
  const single = GPU_SIZES_GB.map((sizeGB): GpuFit => {
    const capacity = sizeGB * GB;
    const status: FitStatus =
      estimate.withAllowanceBytes <= capacity
        ? 'fits'
        : estimate.totalBytes <= capacity
          ? 'tight'
          : 'too-small';
    return {sizeGB, status};
  });
  const smallestFit = single.find((fit) => fit.status === 'fits')?.sizeGB ?? null;
  const gpusOf80 =
    smallestFit === null ? Math.max(2, Math.ceil(estimate.withAllowanceBytes / (80 * GB))) : null;
  return {single, smallestFit, gpusOf80};
}

/** "1234567.8" → "1,234,567.8"; deterministic, so the server and the browser agree. */
export function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '−' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * Rounds half up at `decimals` places. The tiny relative nudge undoes binary floating
 * point: 4.015 is stored as 4.01499999…, and plain toFixed(2) would print 4.01.
 */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale * (1 + 1e-12)) / scale;
}

/** A size in the given unit: two decimals below 100, one below 10,000, whole numbers above. */
export function formatSize(bytes: number, unit: 'GB' | 'GiB'): string {
  const value = bytes / (unit === 'GB' ? GB : GIB);
  const decimals = value < 100 ? 2 : value < 10_000 ? 1 : 0;
  return `${groupThousands(roundTo(value, decimals).toFixed(decimals))} ${unit}`;
}

/** A byte count for the per-token line: "131,072 bytes (128 KiB)". */
export function formatPerToken(bytes: number): string {
  const kib = bytes / 1024;
  const kibText = Number.isInteger(kib) ? groupThousands(String(kib)) : groupThousands(kib.toFixed(1));
  return `${groupThousands(String(Math.round(bytes)))} bytes (${kibText} KiB)`;
}

/** One sentence about where the configuration fits, for the live region and the summary. */
export function fitSentence(report: FitReport): string {
  if (report.smallestFit !== null) {
    const tight = report.single.filter((fit) => fit.status === 'tight').map((fit) => `${fit.sizeGB} GB`);
    const tightText = tight.length > 0 ? ` On a ${tight.join(' or ')} GPU it would be tight.` : '';
    return `Fits one ${report.smallestFit} GB GPU or larger, allowance included.${tightText}`;
  }
  return `Too big for one 80 GB GPU: about ${groupThousands(String(report.gpusOf80))} of them, allowance included.`;
}

/** A published open-weight configuration the calculator can load. */
export type Preset = {
  id: string;
  name: string;
  /** Total parameters in billions, counted from the shapes in the configuration file. */
  parametersBillions: number;
  layers: number;
  kvHeads: number;
  headDim: number;
  /** Longest context the configuration allows, for the caption. */
  maxContext: number;
  /** The configuration file on the model's official repository. */
  source: string;
};

/**
 * Architecture numbers from each model's config.json (num_hidden_layers,
 * num_key_value_heads, and head_dim or hidden_size / num_attention_heads). The parameter
 * counts are summed from the matrix shapes in the same file (embeddings, attention,
 * feed-forward and norms; untied input and output embeddings).
 */
export const PRESETS: readonly Preset[] = [
  {
    id: 'llama-3.1-8b',
    name: 'Llama 3.1 8B Instruct',
    parametersBillions: 8.03,
    layers: 32,
    kvHeads: 8,
    headDim: 128,
    maxContext: 131_072,
    source: 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/config.json',
  },
  {
    id: 'mistral-7b-v0.3',
    name: 'Mistral 7B Instruct v0.3',
    parametersBillions: 7.25,
    layers: 32,
    kvHeads: 8,
    headDim: 128,
    maxContext: 32_768,
    source: 'https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3/blob/main/config.json',
  },
  {
    id: 'qwen2.5-7b',
    name: 'Qwen2.5 7B Instruct',
    parametersBillions: 7.62,
    layers: 28,
    kvHeads: 4,
    headDim: 128,
    maxContext: 32_768,
    source: 'https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/blob/main/config.json',
  },
  {
    id: 'qwen2.5-72b',
    name: 'Qwen2.5 72B Instruct',
    parametersBillions: 72.71,
    layers: 80,
    kvHeads: 8,
    headDim: 128,
    maxContext: 32_768,
    source: 'https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/config.json',
  },
];

/** The worked example of the note: Llama 3.1 8B, 16-bit, 8 sequences of 8,192 tokens. */
export const DEFAULT_CONFIG: MemoryConfig = {
  parametersBillions: 8.03,
  weightBits: 16,
  layers: 32,
  kvHeads: 8,
  headDim: 128,
  contextLength: 8192,
  batchSize: 8,
  kvBits: 16,
};

/** The preset whose architecture matches the configuration, if any. */
export function matchingPreset(config: MemoryConfig): Preset | undefined {
  return PRESETS.find(
    (preset) =>
      preset.parametersBillions === config.parametersBillions &&
      preset.layers === config.layers &&
      preset.kvHeads === config.kvHeads &&
      preset.headDim === config.headDim,
  );
}
