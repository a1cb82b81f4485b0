/**
 * Drawing for the playgrounds: points, a heatmap and loss curves on a 2-D canvas, in the
 * theme's colours (CSS custom properties of the canvas, so light and dark themes differ).
 * Plain functions of their inputs; the components decide when to call them.
 */

/** The square of the plane the 2-D playgrounds show. */
export const WORLD = {min: -3, max: 3} as const;

export interface Surface {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
}

/** Sizes the canvas's backing store to its CSS size × devicePixelRatio and clears it. */
export function prepare(canvas: HTMLCanvasElement): Surface | null {
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const ratio = Math.min(window.devicePixelRatio || 1, 2);
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return {ctx, width, height};
}

/** A colour from a CSS custom property of the element, e.g. cssColor(canvas, '--pg-real'). */
export function cssColor(element: Element, name: string, fallback = '#888'): string {
  const value = getComputedStyle(element).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/** Maps world coordinates in [min, max]² to a box on the canvas (y up). */
export function worldToBox(box: {x: number; y: number; size: number}) {
  const scale = box.size / (WORLD.max - WORLD.min);
  return {
    x: (wx: number) => box.x + (wx - WORLD.min) * scale,
    y: (wy: number) => box.y + box.size - (wy - WORLD.min) * scale,
  };
}

export type Marker = 'dot' | 'ring' | 'cross';

/** Draws interleaved points [x0, y0, …]; markers differ so colour is not the only signal. */
export function drawPoints(
  ctx: CanvasRenderingContext2D,
  points: ArrayLike<number>,
  map: ReturnType<typeof worldToBox>,
  style: {color: string; marker: Marker; size?: number; alpha?: number},
): void {
  const size = style.size ?? 2.5;
  ctx.save();
  ctx.globalAlpha = style.alpha ?? 1;
  ctx.fillStyle = style.color;
  ctx.strokeStyle = style.color;
  ctx.lineWidth = 1.2;
  ctx.beginPath();
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = map.x(points[i] ?? 0);
    const y = map.y(points[i + 1] ?? 0);
    if (style.marker === 'dot') {
      ctx.moveTo(x + size, y);
      ctx.arc(x, y, size, 0, 2 * Math.PI);
    } else if (style.marker === 'ring') {
      ctx.moveTo(x + size, y);
      ctx.arc(x, y, size, 0, 2 * Math.PI);
    } else {
      ctx.moveTo(x - size, y - size);
      ctx.lineTo(x + size, y + size);
      ctx.moveTo(x + size, y - size);
      ctx.lineTo(x - size, y + size);
    }
  }
  if (style.marker === 'dot') ctx.fill();
  else ctx.stroke();
  ctx.restore();
}

function parseRgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (hex) return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return [128, 128, 128];
}

/**
 * A heatmap of values in [0, 1] on a resolution × resolution grid (rows from the bottom),
 * from `low` (0) through transparent (0.5) to `high` (1).
 */
export function drawHeatmap(
  ctx: CanvasRenderingContext2D,
  grid: ArrayLike<number>,
  resolution: number,
  box: {x: number; y: number; size: number},
  colors: {low: string; high: string},
): void {
  const image = new ImageData(resolution, resolution);
  const low = parseRgb(colors.low);
  const high = parseRgb(colors.high);
  for (let row = 0; row < resolution; row++)
    for (let col = 0; col < resolution; col++) {
      const value = grid[row * resolution + col] ?? 0.5;
      const [r, g, b] = value >= 0.5 ? high : low;
      const at = ((resolution - 1 - row) * resolution + col) * 4;
      image.data[at] = r;
      image.data[at + 1] = g;
      image.data[at + 2] = b;
      image.data[at + 3] = Math.round(Math.min(1, Math.abs(value - 0.5) * 2) * 140);
    }
  const scratch = document.createElement('canvas');
  scratch.width = resolution;
  scratch.height = resolution;
  scratch.getContext('2d')?.putImageData(image, 0, 0);
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  // Grid cell centres sit on the box's edges, so the image overhangs by half a cell.
  const half = box.size / (resolution - 1) / 2;
  ctx.drawImage(scratch, box.x - half, box.y - half, box.size + 2 * half, box.size + 2 * half);
  ctx.restore();
}

/** A light frame and axes through the origin. */
export function drawFrame(
  ctx: CanvasRenderingContext2D,
  box: {x: number; y: number; size: number},
  color: string,
): void {
  const map = worldToBox(box);
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = 1;
  ctx.globalAlpha = 0.5;
  ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.size - 1, box.size - 1);
  ctx.setLineDash([3, 4]);
  ctx.beginPath();
  ctx.moveTo(map.x(0), box.y);
  ctx.lineTo(map.x(0), box.y + box.size);
  ctx.moveTo(box.x, map.y(0));
  ctx.lineTo(box.x + box.size, map.y(0));
  ctx.stroke();
  ctx.restore();
}

export interface Series {
  values: readonly number[];
  color: string;
  dash: number[];
}

/** At most `buckets` points: each the mean of its slice (a light smoothing of noisy losses). */
export function downsample(values: readonly number[], buckets: number): {x: number; y: number}[] {
  if (values.length === 0) return [];
  const size = Math.max(1, Math.ceil(values.length / buckets));
  const out: {x: number; y: number}[] = [];
  for (let start = 0; start < values.length; start += size) {
    let sum = 0;
    let count = 0;
    for (let i = start; i < Math.min(values.length, start + size); i++) {
      const v = values[i] ?? NaN;
      if (Number.isFinite(v)) {
        sum += v;
        count += 1;
      }
    }
    if (count > 0) out.push({x: Math.min(values.length, start + size), y: sum / count});
  }
  return out;
}

/** Loss curves against the step, with an optional dashed baseline (e.g. the unigram entropy). */
export function drawLossChart(
  surface: Surface,
  series: readonly Series[],
  options: {text: string; grid: string; baseline?: {value: number; color: string}; font?: string},
): void {
  const {ctx, width, height} = surface;
  const pad = {left: 40, right: 8, top: 8, bottom: 20};
  const plot = {x: pad.left, y: pad.top, w: width - pad.left - pad.right, h: height - pad.top - pad.bottom};
  const lines = series.map((s) => downsample(s.values, Math.max(20, Math.floor(plot.w / 2))));
  const steps = Math.max(1, ...series.map((s) => s.values.length));
  const ys = lines.flatMap((line) => line.map((p) => p.y));
  if (options.baseline) ys.push(options.baseline.value);
  let low = ys.length ? Math.min(...ys) : 0;
  let high = ys.length ? Math.max(...ys) : 1;
  if (high - low < 1e-6) {
    low -= 0.5;
    high += 0.5;
  }
  const x = (step: number) => plot.x + (step / steps) * plot.w;
  const y = (value: number) => plot.y + plot.h - ((value - low) / (high - low)) * plot.h;
  ctx.save();
  ctx.font = options.font ?? '11px system-ui, sans-serif';
  ctx.fillStyle = options.text;
  ctx.strokeStyle = options.grid;
  ctx.lineWidth = 1;
  ctx.strokeRect(plot.x + 0.5, plot.y + 0.5, plot.w, plot.h);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const value of [low, (low + high) / 2, high]) ctx.fillText(formatTick(value), plot.x - 4, y(value));
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillText('step 0', plot.x, plot.y + plot.h + 4);
  ctx.textAlign = 'right';
  ctx.fillText(`step ${steps}`, plot.x + plot.w, plot.y + plot.h + 4);
  if (options.baseline) {
    ctx.strokeStyle = options.baseline.color;
    ctx.setLineDash([2, 3]);
    ctx.beginPath();
    ctx.moveTo(plot.x, y(options.baseline.value));
    ctx.lineTo(plot.x + plot.w, y(options.baseline.value));
    ctx.stroke();
  }
  series.forEach((s, i) => {
    const line = lines[i] ?? [];
    ctx.strokeStyle = s.color;
    ctx.setLineDash(s.dash);
    ctx.lineWidth = 1.6;
    ctx.beginPath();
    line.forEach((p, j) => (j === 0 ? ctx.moveTo(x(p.x), y(p.y)) : ctx.lineTo(x(p.x), y(p.y))));
    ctx.stroke();
  });
  ctx.restore();
}

function formatTick(value: number): string {
  const abs = Math.abs(value);
  return abs >= 100 ? value.toFixed(0) : abs >= 1 ? value.toFixed(2) : value.toFixed(3);
}

/** Formats a number for the status text: 3 significant digits, or "not a number". */
export function formatNumber(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return 'not a number';
  return Math.abs(value) >= 1000 ? value.toFixed(0) : value.toPrecision(3);
}

/** The last value of a loss history, for the status text. */
export function lastOf(values: readonly number[] | undefined): number | undefined {
  return values && values.length > 0 ? values[values.length - 1] : undefined;
}

/** The mean of the last n values (losses are noisy step to step). */
export function recentMean(values: readonly number[] | undefined, n = 50): number | undefined {
  if (!values || values.length === 0) return undefined;
  const slice = values.slice(-n);
  return slice.reduce((a, b) => a + b, 0) / slice.length;
}
