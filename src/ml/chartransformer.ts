/**
 * A character-level, decoder-only transformer (GPT-style, pre-layer-norm) that learns to
 * predict the next character of a short text. Per block:
 *   x ← x + W_o · attention(LN(x))        (causal multi-head self-attention)
 *   x ← x + W₂ · relu(W₁ · LN(x))         (position-wise MLP, 4× wide)
 * then a final layer norm and a linear map to one logit per character. Token and position
 * embeddings are learned.
 *
 * The loss is the mean cross-entropy in nats. A model that ignores context and predicts
 * each character's frequency scores the text's unigram entropy; falling below that means
 * it uses the preceding characters.
 */
import {fail} from './errors';
import {Adam, Linear, clipGradientNorm, constantParameter, normalParameter} from './nn';
import {Random} from './random';
import {Tensor, add, causalSelfAttention, crossEntropy, embedding, layerNorm, relu, softmax} from './tensor';
import type {Data} from './tensor';
import type {TrainableModel} from './trainer';
import {ECCLESIASTES_KJV} from './data/ecclesiastes-kjv';

/** The built-in training text: Ecclesiastes, King James Version (public domain in the US). */
export const DEFAULT_TEXT = ECCLESIASTES_KJV;

/**
 * The characters the tokenizer knows: newline, space, the English letters, digits and
 * !"'(),-.:;? — 75 in all. Anything else is rejected with a list of the offenders
 * (`normalizeText` first replaces curly quotes, dashes, tabs and Windows line ends).
 */
export const SUPPORTED_CHARACTERS =
  '\n !"\'(),-.0123456789:;?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const MIN_TEXT_LENGTH = 200;
export const MAX_TEXT_LENGTH = 100_000;

const CHARACTER_IDS = new Map([...SUPPORTED_CHARACTERS].map((c, i) => [c, i]));

/** Replaces typographic characters with their plain equivalents; leaves everything else. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\u00A0/g, ' ');
}

/** How a character is named in an error message: itself, or its code point if invisible. */
function showCharacter(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return /\p{L}|\p{N}|\p{P}|\p{S}/u.test(c) ? `"${c}" (${hex})` : hex;
}

/** Token ids of `text`; throws MlInputError listing every unsupported character once. */
export function encode(text: string): Int32Array {
  const ids = new Int32Array(text.length);
  const unsupported = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const id = CHARACTER_IDS.get(c);
    if (id === undefined) unsupported.add(c);
    else ids[i] = id;
  }
  if (unsupported.size > 0) {
    const characters = [...unsupported];
    fail(
      'unsupported-characters',
      `The text contains ${characters.length} unsupported character${characters.length === 1 ? '' : 's'}: ${characters
        .map(showCharacter)
        .join(', ')}. Supported are letters A–Z and a–z, digits, space, newline and ! " ' ( ) , - . : ; ?`,
      {characters},
    );
  }
  return ids;
}

export function decode(ids: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < ids.length; i++) s += SUPPORTED_CHARACTERS[ids[i] ?? 0] ?? '';
  return s;
}

/** Checks a training text (length, characters) and returns its token ids. */
export function validateText(text: string): Int32Array {
  if (text.length < MIN_TEXT_LENGTH)
    fail('text-too-short', `The text has ${text.length} characters; paste at least ${MIN_TEXT_LENGTH}.`);
  if (text.length > MAX_TEXT_LENGTH)
    fail(
      'text-too-long',
      `The text has ${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_TEXT_LENGTH.toLocaleString('en-US')}.`,
    );
  return encode(text);
}

export interface Entropy {
  nats: number;
  bits: number;
}

/** Entropy of the text's character frequencies: the loss of the best context-free model. */
export function unigramEntropy(ids: ArrayLike<number>): Entropy {
  const counts = new Map<number, number>();
  for (let i = 0; i < ids.length; i++) counts.set(ids[i] ?? 0, (counts.get(ids[i] ?? 0) ?? 0) + 1);
  let nats = 0;
  for (const count of counts.values()) {
    const p = count / ids.length;
    nats -= p * Math.log(p);
  }
  return {nats, bits: nats / Math.LN2};
}

export interface CharTransformerConfig {
  /** The training text; the built-in one if absent. Checked by `validateText`. */
  text?: string;
  layers: number;
  /** Width of the residual stream (embedding size). */
  modelDimensions: number;
  heads: number;
  /** Characters the model sees at once. */
  contextLength: number;
  /** Windows per training step. */
  batchSize: number;
  learningRate: number;
  /** Gradients are rescaled to at most this norm before each step. */
  maxGradientNorm: number;
}

export const CHAR_TRANSFORMER_DEFAULTS: CharTransformerConfig = {
  layers: 2,
  modelDimensions: 32,
  heads: 4,
  contextLength: 32,
  batchSize: 8,
  learningRate: 3e-3,
  maxGradientNorm: 1,
};

interface Block {
  norm1Gain: Tensor;
  norm1Bias: Tensor;
  query: Linear;
  key: Linear;
  value: Linear;
  projection: Linear;
  norm2Gain: Tensor;
  norm2Bias: Tensor;
  expand: Linear;
  contract: Linear;
}

export interface ForwardResult {
  /** Logits [batch · time, vocabulary]. */
  logits: Tensor;
  /** Per layer: attention weights [batch, heads, time, time]. */
  attention: Data[];
}

export interface AttentionMap {
  /** The characters the weights refer to. */
  characters: string[];
  /** weights[layer][head] is a time × time row-major matrix; row i sums to 1 over columns j ≤ i. */
  weights: Float32Array[][];
}

export type CharTransformerLossName = 'loss';

export class CharTransformer implements TrainableModel<CharTransformerLossName> {
  readonly lossNames = ['loss'] as const;
  readonly config: CharTransformerConfig;
  readonly text: string;
  readonly ids: Int32Array;
  readonly vocabularySize = SUPPORTED_CHARACTERS.length;
  readonly entropy: Entropy;
  private readonly tokenEmbedding: Tensor;
  private readonly positionEmbedding: Tensor;
  private readonly blocks: Block[];
  private readonly finalNormGain: Tensor;
  private readonly finalNormBias: Tensor;
  private readonly head: Linear;
  private readonly rng: Random;
  private readonly optimizer: Adam;

  constructor(
    config: Partial<CharTransformerConfig>,
    seed: number,
    options: {dtype?: 'float32' | 'float64'} = {},
  ) {
    this.config = validateCharTransformerConfig({...CHAR_TRANSFORMER_DEFAULTS, ...config});
    this.text = this.config.text ?? DEFAULT_TEXT;
    this.ids = validateText(this.text);
    if (this.ids.length < this.config.contextLength + 2)
      fail(
        'text-too-short',
        `The text must be longer than the context of ${this.config.contextLength} characters.`,
      );
    this.entropy = unigramEntropy(this.ids);
    const {modelDimensions: d, layers, contextLength} = this.config;
    const dtype = options.dtype ?? 'float32';
    this.rng = new Random(seed);
    const rng = this.rng;
    this.tokenEmbedding = normalParameter([this.vocabularySize, d], 0.1, rng, dtype);
    this.positionEmbedding = normalParameter([contextLength, d], 0.1, rng, dtype);
    // Residual projections start smaller so that the residual stream does not grow with depth.
    const residualGain = 1 / Math.sqrt(2 * layers);
    this.blocks = Array.from({length: layers}, () => ({
      norm1Gain: constantParameter([d], 1, dtype),
      norm1Bias: constantParameter([d], 0, dtype),
      query: new Linear(d, d, rng, {dtype}),
      key: new Linear(d, d, rng, {dtype}),
      value: new Linear(d, d, rng, {dtype}),
      projection: new Linear(d, d, rng, {dtype, gain: residualGain}),
      norm2Gain: constantParameter([d], 1, dtype),
      norm2Bias: constantParameter([d], 0, dtype),
      expand: new Linear(d, 4 * d, rng, {dtype, gain: Math.SQRT2}),
      contract: new Linear(4 * d, d, rng, {dtype, gain: residualGain}),
    }));
    this.finalNormGain = constantParameter([d], 1, dtype);
    this.finalNormBias = constantParameter([d], 0, dtype);
    this.head = new Linear(d, this.vocabularySize, rng, {dtype});
    this.optimizer = new Adam(this.parameters(), {learningRate: this.config.learningRate});
  }

  parameters(): Tensor[] {
    return [
      this.tokenEmbedding,
      this.positionEmbedding,
      ...this.blocks.flatMap((b) => [
        b.norm1Gain,
        b.norm1Bias,
        ...b.query.parameters(),
        ...b.key.parameters(),
        ...b.value.parameters(),
        ...b.projection.parameters(),
        b.norm2Gain,
        b.norm2Bias,
        ...b.expand.parameters(),
        ...b.contract.parameters(),
      ]),
      this.finalNormGain,
      this.finalNormBias,
      ...this.head.parameters(),
    ];
  }

  /** The model on `batch` sequences of `time` ids each (time ≤ context length). */
  forward(ids: ArrayLike<number>, batch: number, time: number): ForwardResult {
    const positions = Int32Array.from({length: batch * time}, (_, i) => i % time);
    let x = add(embedding(this.tokenEmbedding, ids), embedding(this.positionEmbedding, positions));
    const attention: Data[] = [];
    for (const b of this.blocks) {
      const h = layerNorm(x, b.norm1Gain, b.norm1Bias);
      const attended = causalSelfAttention(b.query.forward(h), b.key.forward(h), b.value.forward(h), {
        batch,
        time,
        heads: this.config.heads,
      });
      attention.push(attended.weights);
      x = add(x, b.projection.forward(attended.output));
      x = add(x, b.contract.forward(relu(b.expand.forward(layerNorm(x, b.norm2Gain, b.norm2Bias)))));
    }
    const logits = this.head.forward(layerNorm(x, this.finalNormGain, this.finalNormBias));
    return {logits, attention};
  }

  /** Mean next-character cross-entropy (nats) on `batch` random windows drawn with `rng`. */
  loss(rng: Random, batch = this.config.batchSize): Tensor {
    const time = this.config.contextLength;
    const inputs = new Int32Array(batch * time);
    const targets = new Int32Array(batch * time);
    for (let b = 0; b < batch; b++) {
      const start = rng.int(this.ids.length - time);
      inputs.set(this.ids.subarray(start, start + time), b * time);
      targets.set(this.ids.subarray(start + 1, start + time + 1), b * time);
    }
    return crossEntropy(this.forward(inputs, batch, time).logits, targets);
  }

  trainStep(): number[] {
    const loss = this.loss(this.rng);
    const value = loss.item();
    if (!Number.isFinite(value)) return [value];
    this.optimizer.zeroGrad();
    loss.backward();
    clipGradientNorm(this.parameters(), this.config.maxGradientNorm);
    this.optimizer.step();
    return [value];
  }

  /** Loss on `batches` fixed random batches (the same `seed` gives the same windows). */
  evaluate(batches = 4, seed = 12345): number {
    const rng = new Random(seed);
    let total = 0;
    for (let i = 0; i < batches; i++) total += this.loss(rng).item();
    return total / batches;
  }

  /**
   * Continues `prompt` by `length` characters, each drawn from softmax(logits / temperature);
   * temperature 0 takes the most likely character every time.
   */
  sample(options: {prompt?: string; length?: number; temperature?: number; seed?: number} = {}): string {
    const {prompt = '\n', length = 200, temperature = 0.8, seed = 1} = options;
    if (!(temperature >= 0 && temperature <= 10))
      fail('invalid-config', `The temperature must be between 0 and 10, got ${temperature}.`);
    if (!(Number.isInteger(length) && length >= 0 && length <= 10_000))
      fail('invalid-config', `The sample length must be an integer from 0 to 10,000, got ${length}.`);
    const ids = Array.from(encode(prompt.length > 0 ? prompt : '\n'));
    const rng = new Random(seed);
    let out = '';
    for (let s = 0; s < length; s++) {
      const context = ids.slice(-this.config.contextLength);
      const logits = this.forward(context, 1, context.length).logits;
      const row = logits.data.subarray((context.length - 1) * this.vocabularySize);
      const next = temperature === 0 ? argmax(row) : drawFrom(row, temperature, rng);
      ids.push(next);
      out += SUPPORTED_CHARACTERS[next] ?? '';
    }
    return out;
  }

  /** Attention weights of the trained model on `input` (its last contextLength characters). */
  attention(input: string): AttentionMap {
    const ids = Array.from(encode(input)).slice(-this.config.contextLength);
    if (ids.length === 0) fail('invalid-config', 'Give at least one character to show attention on.');
    const time = ids.length;
    const {heads} = this.config;
    const {attention} = this.forward(ids, 1, time);
    return {
      characters: ids.map((id) => SUPPORTED_CHARACTERS[id] ?? ''),
      weights: attention.map((w) =>
        Array.from({length: heads}, (_, h) =>
          Float32Array.from(w.subarray(h * time * time, (h + 1) * time * time)),
        ),
      ),
    };
  }
}

function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++)
    if ((values[i] ?? -Infinity) > (values[best] ?? -Infinity)) best = i;
  return best;
}

function drawFrom(logits: Data, temperature: number, rng: Random): number {
  const scaled = Tensor.from(
    Array.from(logits, (l) => l / temperature),
    [1, logits.length],
  );
  const probabilities = softmax(scaled).data;
  let u = rng.uniform();
  for (let i = 0; i < probabilities.length; i++) {
    u -= probabilities[i] ?? 0;
    if (u < 0) return i;
  }
  return probabilities.length - 1;
}

function validateCharTransformerConfig(config: CharTransformerConfig): CharTransformerConfig {
  for (const [key, low, high] of [
    ['layers', 1, 2],
    ['modelDimensions', 8, 64],
    ['heads', 1, 8],
    ['contextLength', 8, 64],
    ['batchSize', 1, 64],
  ] as const)
    if (!(Number.isInteger(config[key]) && config[key] >= low && config[key] <= high))
      fail('invalid-config', `The ${key} must be an integer from ${low} to ${high}, got ${config[key]}.`);
  if (config.modelDimensions % config.heads !== 0)
    fail(
      'invalid-config',
      `${config.modelDimensions} dimensions do not split evenly into ${config.heads} heads.`,
    );
  if (!(config.learningRate > 0 && config.learningRate <= 1))
    fail('invalid-config', `The learning rate must be in (0, 1], got ${config.learningRate}.`);
  if (!(config.maxGradientNorm > 0))
    fail('invalid-config', `The gradient-clipping norm must be positive, got ${config.maxGradientNorm}.`);
  return config;
}
