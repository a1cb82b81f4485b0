/**
 * A small tensor type with reverse-mode automatic differentiation, in the spirit of
 * karpathy/micrograd but on whole arrays: every operation below computes its output and,
 * right beside it, says how to pass the output's gradient back to its inputs. Calling
 * `backward()` on a scalar visits the graph in reverse topological order and runs those
 * steps, so each tensor that requires a gradient ends up holding ∂loss/∂tensor in `grad`.
 *
 * Data are row-major Float32Array (training) or Float64Array (the gradient checks); an
 * operation's output has the type of its first input. Shapes are 2-D [rows, cols] for
 * matrices, [n] for vectors and [1] for scalars. Broadcasting is deliberately simple: in
 * `add`, `sub` and `mul` the second operand may be a full tensor of the same shape, a row
 * vector as long as the first operand's last dimension, or a scalar.
 *
 * Reads use `?? 0` because the repository compiles with noUncheckedIndexedAccess, under
 * which a typed-array read is typed `number | undefined`; all indices here are in range
 * and the fallback costs nothing measurable.
 */

export type Data = Float32Array | Float64Array;
export type DType = 'float32' | 'float64';

export function allocate(dtype: DType, size: number): Data {
  return dtype === 'float64' ? new Float64Array(size) : new Float32Array(size);
}

interface TensorOptions {
  requiresGrad?: boolean;
  parents?: readonly Tensor[];
  /** Adds this tensor's gradient, passed as `grad`, into the gradients of `parents`. */
  backward?: (grad: Data) => void;
}

export class Tensor {
  readonly data: Data;
  readonly shape: readonly number[];
  readonly requiresGrad: boolean;
  /** ∂loss/∂this after `backward()`; null until a gradient reaches this tensor. */
  grad: Data | null = null;
  private readonly parents: readonly Tensor[];
  private readonly backwardStep: ((grad: Data) => void) | null;

  constructor(data: Data, shape: readonly number[], options: TensorOptions = {}) {
    const size = shape.reduce((product, d) => product * d, 1);
    if (size !== data.length)
      throw new Error(`Tensor: shape [${shape.join(', ')}] needs ${size} values, got ${data.length}.`);
    this.data = data;
    this.shape = shape;
    this.requiresGrad = options.requiresGrad ?? false;
    this.parents = options.parents ?? [];
    this.backwardStep = options.backward ?? null;
  }

  /** A constant (no gradient) copied from plain numbers. */
  static from(values: ArrayLike<number>, shape: readonly number[], dtype: DType = 'float32'): Tensor {
    const data = allocate(dtype, values.length);
    data.set(Array.from(values));
    return new Tensor(data, shape);
  }

  static zeros(shape: readonly number[], dtype: DType = 'float32'): Tensor {
    return new Tensor(
      allocate(
        dtype,
        shape.reduce((p, d) => p * d, 1),
      ),
      shape,
    );
  }

  /** A trainable parameter: a leaf that collects a gradient. */
  static parameter(data: Data, shape: readonly number[]): Tensor {
    return new Tensor(data, shape, {requiresGrad: true});
  }

  get size(): number {
    return this.data.length;
  }

  get dtype(): DType {
    return this.data instanceof Float64Array ? 'float64' : 'float32';
  }

  get rows(): number {
    return this.shape.length === 2 ? (this.shape[0] ?? 1) : 1;
  }

  /** The last dimension: columns of a matrix, length of a vector. */
  get cols(): number {
    return this.shape[this.shape.length - 1] ?? 1;
  }

  /** The value of a one-element tensor. */
  item(): number {
    if (this.size !== 1) throw new Error(`item(): the tensor has ${this.size} values, not 1.`);
    return this.data[0] ?? 0;
  }

  zeroGrad(): void {
    this.grad?.fill(0);
  }

  /**
   * Back-propagates from this scalar: sets its gradient to 1, then runs every backward
   * step once, each after the steps of all tensors computed from it.
   */
  backward(): void {
    if (this.size !== 1)
      throw new Error(`backward(): call it on a scalar loss, not on a tensor of ${this.size} values.`);
    const order: Tensor[] = [];
    const visited = new Set<Tensor>();
    const visit = (t: Tensor): void => {
      if (visited.has(t)) return;
      visited.add(t);
      for (const p of t.parents) if (p.requiresGrad) visit(p);
      order.push(t);
    };
    visit(this);
    gradOf(this).fill(1);
    for (let i = order.length - 1; i >= 0; i--) {
      const t = order[i];
      if (t?.backwardStep && t.grad) t.backwardStep(t.grad);
    }
  }
}

/** The same values as a constant: gradients stop here (the GAN's discriminator step uses it). */
export function detach(t: Tensor): Tensor {
  return new Tensor(t.data, t.shape);
}

/** The gradient buffer of `t`, created (zero) on first use. */
function gradOf(t: Tensor): Data {
  t.grad ??= allocate(t.dtype, t.size);
  return t.grad;
}

/** Wraps an operation's output; it joins the graph only if some input needs a gradient. */
function result(
  data: Data,
  shape: readonly number[],
  parents: Tensor[],
  backward: (grad: Data) => void,
): Tensor {
  if (!parents.some((p) => p.requiresGrad)) return new Tensor(data, shape);
  return new Tensor(data, shape, {requiresGrad: true, parents, backward});
}

function like(t: Tensor, size = t.size): Data {
  return allocate(t.dtype, size);
}

function describe(t: Tensor): string {
  return `[${t.shape.join(', ')}]`;
}

// ---------------------------------------------------------------------------------------
// Element-wise arithmetic with simple broadcasting of the second operand
// ---------------------------------------------------------------------------------------

/** For each element of `a`, the index of the element of `b` it meets. */
function broadcastIndex(a: Tensor, b: Tensor, op: string): (i: number) => number {
  if (b.size === a.size && b.shape.length === a.shape.length) return (i) => i;
  if (b.size === 1) return () => 0;
  if (b.shape.length === 1 && b.size === a.cols) {
    const cols = a.cols;
    return (i) => i % cols;
  }
  throw new Error(
    `${op}: cannot combine ${describe(a)} with ${describe(b)} (same shape, row vector or scalar).`,
  );
}

export function add(a: Tensor, b: Tensor): Tensor {
  const bi = broadcastIndex(a, b, 'add');
  const out = like(a);
  for (let i = 0; i < out.length; i++) out[i] = (a.data[i] ?? 0) + (b.data[bi(i)] ?? 0);
  return result(out, a.shape, [a, b], (g) => {
    if (a.requiresGrad) {
      const ga = gradOf(a);
      for (let i = 0; i < g.length; i++) ga[i] = (ga[i] ?? 0) + (g[i] ?? 0);
    }
    if (b.requiresGrad) {
      const gb = gradOf(b);
      for (let i = 0; i < g.length; i++) gb[bi(i)] = (gb[bi(i)] ?? 0) + (g[i] ?? 0);
    }
  });
}

export function sub(a: Tensor, b: Tensor): Tensor {
  const bi = broadcastIndex(a, b, 'sub');
  const out = like(a);
  for (let i = 0; i < out.length; i++) out[i] = (a.data[i] ?? 0) - (b.data[bi(i)] ?? 0);
  return result(out, a.shape, [a, b], (g) => {
    if (a.requiresGrad) {
      const ga = gradOf(a);
      for (let i = 0; i < g.length; i++) ga[i] = (ga[i] ?? 0) + (g[i] ?? 0);
    }
    if (b.requiresGrad) {
      const gb = gradOf(b);
      for (let i = 0; i < g.length; i++) gb[bi(i)] = (gb[bi(i)] ?? 0) - (g[i] ?? 0);
    }
  });
}

export function mul(a: Tensor, b: Tensor): Tensor {
  const bi = broadcastIndex(a, b, 'mul');
  const out = like(a);
  for (let i = 0; i < out.length; i++) out[i] = (a.data[i] ?? 0) * (b.data[bi(i)] ?? 0);
  return result(out, a.shape, [a, b], (g) => {
    // ∂(ab)/∂a = b and ∂(ab)/∂b = a; a broadcast operand sums the gradients it received.
    if (a.requiresGrad) {
      const ga = gradOf(a);
      for (let i = 0; i < g.length; i++) ga[i] = (ga[i] ?? 0) + (g[i] ?? 0) * (b.data[bi(i)] ?? 0);
    }
    if (b.requiresGrad) {
      const gb = gradOf(b);
      for (let i = 0; i < g.length; i++) gb[bi(i)] = (gb[bi(i)] ?? 0) + (g[i] ?? 0) * (a.data[i] ?? 0);
    }
  });
}

/** a · c for a constant number c. */
export function scale(a: Tensor, c: number): Tensor {
  const out = like(a);
  for (let i = 0; i < out.length; i++) out[i] = (a.data[i] ?? 0) * c;
  return result(out, a.shape, [a], (g) => {
    const ga = gradOf(a);
    for (let i = 0; i < g.length; i++) ga[i] = (ga[i] ?? 0) + (g[i] ?? 0) * c;
  });
}

// ---------------------------------------------------------------------------------------
// Matrices
// ---------------------------------------------------------------------------------------

/*
 * Matrix kernels. Each keeps its innermost loop on contiguous rows and none allocates:
 * with many small tensors per step, allocation (and the garbage collector) costs as much
 * as the arithmetic.
 */

/** out += X·Y for X [m, k], Y [k, n]: row i of out gathers X[i, p] times row p of Y. */
function addProduct(X: Data, Y: Data, out: Data, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const o = i * n;
    for (let p = 0; p < k; p++) {
      const x = X[i * k + p] ?? 0;
      if (x === 0) continue;
      const y = p * n;
      for (let j = 0; j < n; j++) out[o + j] = (out[o + j] ?? 0) + x * (Y[y + j] ?? 0);
    }
  }
}

/** out += X·Yᵀ for X [m, c], Y [r, c]: entry (i, j) is the dot product of rows i and j. */
function addProductTransposedY(X: Data, Y: Data, out: Data, m: number, r: number, c: number): void {
  for (let i = 0; i < m; i++) {
    const x = i * c;
    for (let j = 0; j < r; j++) {
      const y = j * c;
      // Four partial sums let the JIT overlap the multiplications.
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let q = 0;
      for (; q + 3 < c; q += 4) {
        s0 += (X[x + q] ?? 0) * (Y[y + q] ?? 0);
        s1 += (X[x + q + 1] ?? 0) * (Y[y + q + 1] ?? 0);
        s2 += (X[x + q + 2] ?? 0) * (Y[y + q + 2] ?? 0);
        s3 += (X[x + q + 3] ?? 0) * (Y[y + q + 3] ?? 0);
      }
      for (; q < c; q++) s0 += (X[x + q] ?? 0) * (Y[y + q] ?? 0);
      out[i * r + j] = (out[i * r + j] ?? 0) + s0 + s1 + s2 + s3;
    }
  }
}

/** out += Xᵀ·Y for X [m, k], Y [m, n]: row i of X and row i of Y add an outer product. */
function addProductTransposedX(X: Data, Y: Data, out: Data, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++)
    for (let p = 0; p < k; p++) {
      const x = X[i * k + p] ?? 0;
      if (x === 0) continue;
      const o = p * n;
      const y = i * n;
      for (let j = 0; j < n; j++) out[o + j] = (out[o + j] ?? 0) + x * (Y[y + j] ?? 0);
    }
}

/** C = A·B for A [m, k] and B [k, n]. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (a.shape.length !== 2 || b.shape.length !== 2 || a.cols !== b.rows)
    throw new Error(`matmul: cannot multiply ${describe(a)} by ${describe(b)}.`);
  const m = a.rows;
  const k = a.cols;
  const n = b.cols;
  const C = like(a, m * n);
  addProduct(a.data, b.data, C, m, k, n);
  return result(C, [m, n], [a, b], (G) => {
    // ∂L/∂A = G·Bᵀ and ∂L/∂B = Aᵀ·G
    if (a.requiresGrad) addProductTransposedY(G, b.data, gradOf(a), m, k, n);
    if (b.requiresGrad) addProductTransposedX(a.data, G, gradOf(b), m, k, n);
  });
}

/** Aᵀ for a matrix A [m, n]. */
export function transpose(a: Tensor): Tensor {
  if (a.shape.length !== 2) throw new Error(`transpose: expected a matrix, got ${describe(a)}.`);
  const m = a.rows;
  const n = a.cols;
  const out = like(a);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[j * m + i] = a.data[i * n + j] ?? 0;
  return result(out, [n, m], [a], (g) => {
    const ga = gradOf(a);
    for (let i = 0; i < m; i++)
      for (let j = 0; j < n; j++) ga[i * n + j] = (ga[i * n + j] ?? 0) + (g[j * m + i] ?? 0);
  });
}

// ---------------------------------------------------------------------------------------
// Element-wise functions: y = f(x), ∂L/∂x = ∂L/∂y · f′(x)
// ---------------------------------------------------------------------------------------

/**
 * Applies `f` to every element; `derivative(x, y)` gives f′ from the input and the output
 * (whichever is cheaper).
 */
function unary(a: Tensor, f: (x: number) => number, derivative: (x: number, y: number) => number): Tensor {
  const out = like(a);
  for (let i = 0; i < out.length; i++) out[i] = f(a.data[i] ?? 0);
  return result(out, a.shape, [a], (g) => {
    const ga = gradOf(a);
    for (let i = 0; i < g.length; i++)
      ga[i] = (ga[i] ?? 0) + (g[i] ?? 0) * derivative(a.data[i] ?? 0, out[i] ?? 0);
  });
}

export function relu(a: Tensor): Tensor {
  return unary(
    a,
    (x) => (x > 0 ? x : 0),
    (x) => (x > 0 ? 1 : 0),
  );
}

export function leakyRelu(a: Tensor, slope = 0.2): Tensor {
  return unary(
    a,
    (x) => (x > 0 ? x : slope * x),
    (x) => (x > 0 ? 1 : slope),
  );
}

export function tanh(a: Tensor): Tensor {
  return unary(a, Math.tanh, (_x, y) => 1 - y * y);
}

/** 1 / (1 + e^−x), computed without overflow for large |x|. */
export function sigmoidValue(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function sigmoid(a: Tensor): Tensor {
  return unary(a, sigmoidValue, (_x, y) => y * (1 - y));
}

export function exp(a: Tensor): Tensor {
  return unary(a, Math.exp, (_x, y) => y);
}

/** Natural logarithm; a non-positive input gives −∞ or NaN, which the trainers detect. */
export function log(a: Tensor): Tensor {
  return unary(a, Math.log, (x) => 1 / x);
}

/**
 * softplus(x) = log(1 + eˣ), computed stably. GAN losses use it on logits: −log σ(x) =
 * softplus(−x) and −log(1 − σ(x)) = softplus(x).
 */
export function softplus(a: Tensor): Tensor {
  return unary(a, (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))), sigmoidValue);
}

// ---------------------------------------------------------------------------------------
// Reductions
// ---------------------------------------------------------------------------------------

export function sum(a: Tensor): Tensor {
  let s = 0;
  for (let i = 0; i < a.size; i++) s += a.data[i] ?? 0;
  const out = like(a, 1);
  out[0] = s;
  return result(out, [1], [a], (g) => {
    const ga = gradOf(a);
    const g0 = g[0] ?? 0;
    for (let i = 0; i < ga.length; i++) ga[i] = (ga[i] ?? 0) + g0;
  });
}

export function mean(a: Tensor): Tensor {
  return scale(sum(a), 1 / a.size);
}

// ---------------------------------------------------------------------------------------
// Row-wise softmax and the losses built on it
// ---------------------------------------------------------------------------------------

/** Softmax of each row (over the last dimension), shifted by the row maximum for stability. */
export function softmax(a: Tensor): Tensor {
  const cols = a.cols;
  const rows = a.size / cols;
  const out = like(a);
  for (let r = 0; r < rows; r++) softmaxRow(a.data, out, r * cols, cols);
  return result(out, a.shape, [a], (g) => {
    // ∂L/∂x_j = y_j (g_j − Σ_k g_k y_k)
    const ga = gradOf(a);
    for (let r = 0; r < rows; r++) {
      const o = r * cols;
      let dot = 0;
      for (let j = 0; j < cols; j++) dot += (g[o + j] ?? 0) * (out[o + j] ?? 0);
      for (let j = 0; j < cols; j++)
        ga[o + j] = (ga[o + j] ?? 0) + (out[o + j] ?? 0) * ((g[o + j] ?? 0) - dot);
    }
  });
}

/** Writes softmax(x[offset … offset + n)) into out at the same place; returns log Σ eˣ. */
function softmaxRow(x: Data, out: Data, offset: number, n: number): number {
  let max = -Infinity;
  for (let j = 0; j < n; j++) max = Math.max(max, x[offset + j] ?? 0);
  let total = 0;
  for (let j = 0; j < n; j++) {
    const e = Math.exp((x[offset + j] ?? 0) - max);
    out[offset + j] = e;
    total += e;
  }
  for (let j = 0; j < n; j++) out[offset + j] = (out[offset + j] ?? 0) / total;
  return max + Math.log(total);
}

/** log softmax of each row: x − log Σ eˣ. */
export function logSoftmax(a: Tensor): Tensor {
  const cols = a.cols;
  const rows = a.size / cols;
  const probabilities = like(a);
  const out = like(a);
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    const logTotal = softmaxRow(a.data, probabilities, o, cols);
    for (let j = 0; j < cols; j++) out[o + j] = (a.data[o + j] ?? 0) - logTotal;
  }
  return result(out, a.shape, [a], (g) => {
    // ∂L/∂x_j = g_j − softmax_j Σ_k g_k
    const ga = gradOf(a);
    for (let r = 0; r < rows; r++) {
      const o = r * cols;
      let total = 0;
      for (let j = 0; j < cols; j++) total += g[o + j] ?? 0;
      for (let j = 0; j < cols; j++)
        ga[o + j] = (ga[o + j] ?? 0) + (g[o + j] ?? 0) - (probabilities[o + j] ?? 0) * total;
    }
  });
}

/**
 * Mean cross-entropy, in nats, of logits [n, classes] against integer targets:
 * (1/n) Σ_i (log Σ_j e^{x_ij} − x_i,target_i). Fused so that it is stable and cheap.
 */
export function crossEntropy(logits: Tensor, targets: ArrayLike<number>): Tensor {
  const classes = logits.cols;
  const n = logits.size / classes;
  if (targets.length !== n)
    throw new Error(`crossEntropy: ${n} rows of logits but ${targets.length} targets.`);
  const probabilities = like(logits);
  let total = 0;
  for (let r = 0; r < n; r++) {
    const target = targets[r] ?? -1;
    if (!Number.isInteger(target) || target < 0 || target >= classes)
      throw new Error(`crossEntropy: target ${target} in row ${r} is not a class in [0, ${classes}).`);
    const logTotal = softmaxRow(logits.data, probabilities, r * classes, classes);
    total += logTotal - (logits.data[r * classes + target] ?? 0);
  }
  const out = like(logits, 1);
  out[0] = total / n;
  return result(out, [1], [logits], (g) => {
    // ∂L/∂x_ij = (softmax_ij − [j = target_i]) / n
    const ga = gradOf(logits);
    const g0 = (g[0] ?? 0) / n;
    for (let r = 0; r < n; r++) {
      const o = r * classes;
      const target = targets[r] ?? 0;
      for (let j = 0; j < classes; j++)
        ga[o + j] = (ga[o + j] ?? 0) + g0 * ((probabilities[o + j] ?? 0) - (j === target ? 1 : 0));
    }
  });
}

// ---------------------------------------------------------------------------------------
// What the transformer needs: embeddings, layer normalisation, causal attention
// ---------------------------------------------------------------------------------------

/** Rows of `table` [vocabulary, dim] picked by `ids`: [ids.length, dim]. */
export function embedding(table: Tensor, ids: ArrayLike<number>): Tensor {
  const dim = table.cols;
  const vocabulary = table.rows;
  const out = like(table, ids.length * dim);
  for (let r = 0; r < ids.length; r++) {
    const id = ids[r] ?? -1;
    if (!Number.isInteger(id) || id < 0 || id >= vocabulary)
      throw new Error(`embedding: id ${id} at position ${r} is not in [0, ${vocabulary}).`);
    out.set(table.data.subarray(id * dim, (id + 1) * dim), r * dim);
  }
  return result(out, [ids.length, dim], [table], (g) => {
    // Each row's gradient goes back to the table row it was copied from.
    const gt = gradOf(table);
    for (let r = 0; r < ids.length; r++) {
      const o = (ids[r] ?? 0) * dim;
      for (let j = 0; j < dim; j++) gt[o + j] = (gt[o + j] ?? 0) + (g[r * dim + j] ?? 0);
    }
  });
}

/**
 * Layer normalisation of each row of x [n, d]: x̂ = (x − mean) / √(variance + ε), then
 * y = x̂ · gain + bias with gain and bias of length d.
 */
export function layerNorm(x: Tensor, gain: Tensor, bias: Tensor, epsilon = 1e-5): Tensor {
  const d = x.cols;
  const n = x.size / d;
  if (gain.size !== d || bias.size !== d)
    throw new Error(
      `layerNorm: rows have ${d} values but gain ${describe(gain)} and bias ${describe(bias)}.`,
    );
  const normalised = like(x);
  const inverseStd = like(x, n);
  const out = like(x);
  for (let r = 0; r < n; r++) {
    const o = r * d;
    let m = 0;
    for (let j = 0; j < d; j++) m += x.data[o + j] ?? 0;
    m /= d;
    let v = 0;
    for (let j = 0; j < d; j++) v += ((x.data[o + j] ?? 0) - m) ** 2;
    const s = 1 / Math.sqrt(v / d + epsilon);
    inverseStd[r] = s;
    for (let j = 0; j < d; j++) {
      const h = ((x.data[o + j] ?? 0) - m) * s;
      normalised[o + j] = h;
      out[o + j] = h * (gain.data[j] ?? 0) + (bias.data[j] ?? 0);
    }
  }
  return result(out, x.shape, [x, gain, bias], (g) => {
    if (gain.requiresGrad || bias.requiresGrad) {
      const gg = gradOf(gain);
      const gb = gradOf(bias);
      for (let r = 0; r < n; r++)
        for (let j = 0; j < d; j++) {
          gg[j] = (gg[j] ?? 0) + (g[r * d + j] ?? 0) * (normalised[r * d + j] ?? 0);
          gb[j] = (gb[j] ?? 0) + (g[r * d + j] ?? 0);
        }
    }
    if (x.requiresGrad) {
      // With ĝ = g · gain: ∂L/∂x = (ĝ − mean(ĝ) − x̂ · mean(ĝ x̂)) / std
      const gx = gradOf(x);
      for (let r = 0; r < n; r++) {
        const o = r * d;
        let meanG = 0;
        let meanGH = 0;
        for (let j = 0; j < d; j++) {
          const gh = (g[o + j] ?? 0) * (gain.data[j] ?? 0);
          meanG += gh;
          meanGH += gh * (normalised[o + j] ?? 0);
        }
        meanG /= d;
        meanGH /= d;
        const s = inverseStd[r] ?? 0;
        for (let j = 0; j < d; j++) {
          const gh = (g[o + j] ?? 0) * (gain.data[j] ?? 0);
          gx[o + j] = (gx[o + j] ?? 0) + s * (gh - meanG - (normalised[o + j] ?? 0) * meanGH);
        }
      }
    }
  });
}

export interface AttentionShape {
  /** Independent sequences in the batch. */
  batch: number;
  /** Positions per sequence: q, k and v have batch · time rows. */
  time: number;
  /** Heads: the columns of q, k and v are split into `heads` slices of equal width. */
  heads: number;
}

export interface AttentionResult {
  output: Tensor;
  /** Attention weights [batch, heads, time, time]: row i is the softmax over positions j ≤ i. */
  weights: Data;
}

/**
 * Causal multi-head self-attention, fused: for each sequence and head,
 * out_i = Σ_{j ≤ i} w_ij v_j with w_i = softmax_j(q_i · k_j / √d_head) over j ≤ i.
 * q, k and v are [batch · time, d]; the output has the same shape (before the output
 * projection, which is an ordinary Linear layer).
 */
export function causalSelfAttention(q: Tensor, k: Tensor, v: Tensor, shape: AttentionShape): AttentionResult {
  const {batch, time, heads} = shape;
  const d = q.cols;
  const headDim = d / heads;
  if (!Number.isInteger(headDim))
    throw new Error(`causalSelfAttention: ${d} columns do not split into ${heads} heads.`);
  for (const t of [q, k, v])
    if (t.rows !== batch * time || t.cols !== d)
      throw new Error(`causalSelfAttention: expected [${batch * time}, ${d}], got ${describe(t)}.`);
  const scaleFactor = 1 / Math.sqrt(headDim);
  const Q = q.data;
  const K = k.data;
  const V = v.data;
  const weights = like(q, batch * heads * time * time);
  const out = like(q);
  for (let b = 0; b < batch; b++)
    for (let h = 0; h < heads; h++) {
      const wBase = (b * heads + h) * time * time;
      for (let i = 0; i < time; i++) {
        const qi = (b * time + i) * d + h * headDim;
        const wRow = wBase + i * time;
        // Scores for j ≤ i, then softmax in place; positions j > i keep weight 0.
        let max = -Infinity;
        for (let j = 0; j <= i; j++) {
          const kj = (b * time + j) * d + h * headDim;
          let s = 0;
          for (let c = 0; c < headDim; c++) s += (Q[qi + c] ?? 0) * (K[kj + c] ?? 0);
          s *= scaleFactor;
          weights[wRow + j] = s;
          if (s > max) max = s;
        }
        let total = 0;
        for (let j = 0; j <= i; j++) {
          const e = Math.exp((weights[wRow + j] ?? 0) - max);
          weights[wRow + j] = e;
          total += e;
        }
        for (let j = 0; j <= i; j++) {
          const w = (weights[wRow + j] ?? 0) / total;
          weights[wRow + j] = w;
          const vj = (b * time + j) * d + h * headDim;
          for (let c = 0; c < headDim; c++) out[qi + c] = (out[qi + c] ?? 0) + w * (V[vj + c] ?? 0);
        }
      }
    }
  const output = result(out, q.shape, [q, k, v], (G) => {
    const GQ = gradOf(q);
    const GK = gradOf(k);
    const GV = gradOf(v);
    const dW = new Float64Array(time);
    for (let b = 0; b < batch; b++)
      for (let h = 0; h < heads; h++) {
        const wBase = (b * heads + h) * time * time;
        for (let i = 0; i < time; i++) {
          const qi = (b * time + i) * d + h * headDim;
          const wRow = wBase + i * time;
          // ∂L/∂w_ij = g_i · v_j, and ∂L/∂v_j += w_ij g_i
          let dot = 0;
          for (let j = 0; j <= i; j++) {
            const vj = (b * time + j) * d + h * headDim;
            const w = weights[wRow + j] ?? 0;
            let s = 0;
            for (let c = 0; c < headDim; c++) {
              const gic = G[qi + c] ?? 0;
              s += gic * (V[vj + c] ?? 0);
              GV[vj + c] = (GV[vj + c] ?? 0) + w * gic;
            }
            dW[j] = s;
            dot += w * s;
          }
          // Through the softmax: ∂L/∂s_ij = w_ij (∂L/∂w_ij − Σ_j' w_ij' ∂L/∂w_ij'), and the
          // score s_ij = q_i · k_j / √d_head passes it to q_i and k_j.
          for (let j = 0; j <= i; j++) {
            const ds = (weights[wRow + j] ?? 0) * ((dW[j] ?? 0) - dot) * scaleFactor;
            if (ds === 0) continue;
            const kj = (b * time + j) * d + h * headDim;
            for (let c = 0; c < headDim; c++) {
              GQ[qi + c] = (GQ[qi + c] ?? 0) + ds * (K[kj + c] ?? 0);
              GK[kj + c] = (GK[kj + c] ?? 0) + ds * (Q[qi + c] ?? 0);
            }
          }
        }
      }
  });
  return {output, weights};
}
