/**
 * Drawing primitives shared by every diagram: boxes, arrows and text labels. They only
 * place shapes; colours come from classes in styles.module.css, which read Infima's CSS
 * variables so that each diagram follows the light and dark themes.
 */
import React, {createContext, useContext, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** A point in the diagram's coordinate system (SVG user units). */
export type Point = readonly [x: number, y: number];

/** One or more lines of text; `_x` or `_{xy}` inside a line marks a subscript (`p_θ`, `x_{t−1}`). */
export type TextLines = string | readonly string[];

/** Font sizes in user units. Both layouts are drawn so that these render at 12 px or more. */
export const FONT = {label: 15, detail: 14} as const;
const LINE_HEIGHT = 1.25;

/** Ids of the arrowhead markers of the SVG being drawn (each SVG defines its own). */
export const MarkerIdContext = createContext<string>('diagram');

/** Colour and line style of a shape: `accent` draws the eye, `feedback` is a dashed return path. */
export type Tone = 'plain' | 'accent' | 'muted' | 'feedback';

function lines(text: TextLines): readonly string[] {
  return typeof text === 'string' ? [text] : text;
}

/** Rough width of one character, as a share of the font size (system sans-serif fonts). */
const CHAR_WIDTH = {regular: 0.54, bold: 0.6} as const;

/**
 * Breaks `text` into lines that fit `width` user units at `fontSize`, by an average
 * character width (SVG text does not wrap by itself, and nothing here measures fonts).
 * An array is taken as lines already broken by hand.
 */
export function wrapText(text: TextLines, width: number, fontSize: number, bold = false): readonly string[] {
  if (typeof text !== 'string') return text;
  const visible = (s: string) => s.replace(/_\{([^}]*)\}/gu, '$1').replace(/_(.)/gu, '$1').length;
  const maxChars = Math.max(4, Math.floor(width / (fontSize * CHAR_WIDTH[bold ? 'bold' : 'regular'])));
  const result: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/u).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && visible(candidate) > maxChars) {
      result.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') result.push(line);
  return result;
}

/**
 * One line of text with subscripts. SVG has no subscript element, so a subscript is a
 * smaller tspan shifted down with `dy`, and the next run shifts back up.
 */
export function MathLine({text, fontSize}: {text: string; fontSize: number}): ReactNode {
  const parts: ReactNode[] = [];
  const shift = Math.round(fontSize * 0.3 * 10) / 10;
  let rest = text;
  let lowered = false;
  let key = 0;
  const pattern = /_(\{[^}]*\}|.)/u;
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    const before = rest.slice(0, match.index);
    if (before !== '') {
      parts.push(
        lowered ? (
          <tspan key={key++} dy={-shift}>
            {before}
          </tspan>
        ) : (
          before
        ),
      );
      lowered = false;
    }
    const sub = match[1] ?? '';
    const subText = sub.startsWith('{') ? sub.slice(1, -1) : sub;
    parts.push(
      <tspan key={key++} dy={lowered ? 0 : shift} fontSize={fontSize * 0.75}>
        {subText}
      </tspan>,
    );
    lowered = true;
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest !== '') {
    parts.push(
      lowered ? (
        <tspan key={key++} dy={-shift}>
          {rest}
        </tspan>
      ) : (
        rest
      ),
    );
  }
  return <>{parts}</>;
}

/** Props of {@link Label}. */
export type LabelProps = {
  /** Horizontal anchor point. */
  x: number;
  /** Vertical centre of the whole block of lines. */
  y: number;
  /** The text; an array gives several lines. */
  text: TextLines;
  /** Which end of the text sits at `x`. */
  anchor?: 'start' | 'middle' | 'end';
  /** `label` for names of parts, `detail` for smaller explanations. */
  size?: keyof typeof FONT;
  /** Bold for the names of the main parts. */
  bold?: boolean;
  /** `muted` for secondary text, `accent` to match an accent arrow. */
  tone?: 'base' | 'muted' | 'accent';
  /** Paints a background-coloured outline behind the glyphs, so text stays readable over lines. */
  halo?: boolean;
  /** Italic, for symbols that name a variable on their own. */
  italic?: boolean;
  /** Wraps a string into lines no wider than this (user units). */
  maxWidth?: number;
};

/** Text placed by its centre line; each line is its own `<text>` so nothing depends on font metrics. */
export function Label({
  x,
  y,
  text,
  anchor = 'middle',
  size = 'label',
  bold = false,
  tone = 'base',
  halo = false,
  italic = false,
  maxWidth,
}: LabelProps): ReactNode {
  const fontSize = FONT[size];
  const all = maxWidth === undefined ? lines(text) : wrapText(text, maxWidth, fontSize, bold);
  const step = fontSize * LINE_HEIGHT;
  const first = y - ((all.length - 1) * step) / 2 + fontSize * 0.35;
  return (
    <g
      className={clsx(styles.text, styles[`text-${tone}`], halo && styles.halo)}
      fontSize={fontSize}
      fontWeight={bold ? 600 : 400}
      fontStyle={italic ? 'italic' : undefined}
      textAnchor={anchor}>
      {all.map((line, i) => (
        <text key={i} x={x} y={Math.round((first + i * step) * 10) / 10}>
          <MathLine text={line} fontSize={fontSize} />
        </text>
      ))}
    </g>
  );
}

/** Props of {@link Box}. */
export type BoxProps = {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  width: number;
  height: number;
  /** Name of the part, in bold; a string wraps to the box, an array gives the lines. */
  label?: TextLines;
  /** Smaller explanation under the label, wrapped the same way. */
  detail?: TextLines;
  /** `accent` for the part the diagram is about, `muted` for context, `feedback` dashed. */
  tone?: Tone;
  /** Corner radius. */
  radius?: number;
  /** Draws the outline dashed (a second signal besides colour). */
  dashed?: boolean;
};

/** Height a {@link Box} of this width needs for its label and detail, with padding. */
export function boxHeightFor(width: number, label?: TextLines, detail?: TextLines, padding = 24): number {
  const labelLines = label === undefined ? 0 : wrapText(label, width - 16, FONT.label, true).length;
  const detailLines = detail === undefined ? 0 : wrapText(detail, width - 16, FONT.detail).length;
  const gap = labelLines > 0 && detailLines > 0 ? 3 : 0;
  return labelLines * FONT.label * LINE_HEIGHT + detailLines * FONT.detail * LINE_HEIGHT + gap + padding;
}

/** Height of a block of text wrapped to `width`. */
export function textHeightFor(
  text: TextLines,
  width: number,
  size: keyof typeof FONT = 'detail',
  bold = false,
): number {
  return wrapText(text, width, FONT[size], bold).length * FONT[size] * LINE_HEIGHT;
}

/** A rounded rectangle with a centred bold label and an optional smaller detail. */
export function Box({
  x,
  y,
  width,
  height,
  label,
  detail,
  tone = 'plain',
  radius = 8,
  dashed = false,
}: BoxProps): ReactNode {
  // Strings wrap to the box's inner width; arrays keep the author's line breaks.
  const inner = width - 16;
  const labelLines = label === undefined ? [] : wrapText(label, inner, FONT.label, true);
  const detailLines = detail === undefined ? [] : wrapText(detail, inner, FONT.detail);
  const labelHeight = labelLines.length * FONT.label * LINE_HEIGHT;
  const detailHeight = detailLines.length * FONT.detail * LINE_HEIGHT;
  const gap = labelLines.length > 0 && detailLines.length > 0 ? 3 : 0;
  const top = y + (height - labelHeight - detailHeight - gap) / 2;
  const cx = x + width / 2;
  return (
    <g>
      <rect
        className={clsx(styles.box, styles[`box-${tone}`], dashed && styles.dashed)}
        x={x}
        y={y}
        width={width}
        height={height}
        rx={radius}
      />
      {labelLines.length > 0 && <Label x={cx} y={top + labelHeight / 2} text={labelLines} bold />}
      {detailLines.length > 0 && (
        <Label
          x={cx}
          y={top + labelHeight + gap + detailHeight / 2}
          text={detailLines}
          size="detail"
          tone="muted"
        />
      )}
    </g>
  );
}

/** A numbered disc on the corner of a step, so the picture matches a numbered text version. */
export function StepBadge({x, y, n}: {x: number; y: number; n: number}): ReactNode {
  return (
    <g>
      <circle className={styles.badge} cx={x} cy={y} r={12} />
      <Label x={x} y={y} text={String(n)} size="detail" bold />
    </g>
  );
}

/** SVG path through `points` with corners rounded by `radius` (clamped to half of each segment). */
export function roundedPath(points: readonly Point[], radius = 10): string {
  const [start, ...rest] = points;
  if (!start || rest.length === 0) return '';
  const fmt = (n: number) => `${Math.round(n * 100) / 100}`;
  let d = `M${fmt(start[0])} ${fmt(start[1])}`;
  for (let i = 1; i < points.length; i++) {
    const corner = points[i] as Point;
    const next = points[i + 1];
    if (!next) {
      d += ` L${fmt(corner[0])} ${fmt(corner[1])}`;
      break;
    }
    const prev = points[i - 1] as Point;
    const inLength = Math.hypot(corner[0] - prev[0], corner[1] - prev[1]);
    const outLength = Math.hypot(next[0] - corner[0], next[1] - corner[1]);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    const a: Point = [
      corner[0] - ((corner[0] - prev[0]) / inLength) * r,
      corner[1] - ((corner[1] - prev[1]) / inLength) * r,
    ];
    const b: Point = [
      corner[0] + ((next[0] - corner[0]) / outLength) * r,
      corner[1] + ((next[1] - corner[1]) / outLength) * r,
    ];
    d += ` L${fmt(a[0])} ${fmt(a[1])} Q${fmt(corner[0])} ${fmt(corner[1])} ${fmt(b[0])} ${fmt(b[1])}`;
  }
  return d;
}

/** Props of {@link Arrow}. */
export type ArrowProps = {
  /** Points from tail to head (at least two); the head sits exactly on the last point. */
  points: readonly Point[];
  /** What flows along the arrow. Every arrow should say what it carries or does. */
  label?: TextLines;
  /** Centre of the label; by default beside the middle of the longest segment. */
  labelAt?: Point;
  /** Which end of the label sits at `labelAt`. */
  labelAnchor?: 'start' | 'middle' | 'end';
  /** `feedback` is dashed and accent-coloured; `accent` is solid accent; `muted` is thin. */
  tone?: Tone;
  /** Draws the line dashed in its own colour (feedback arrows are always dashed). */
  dashed?: boolean;
  /** Where to draw arrowheads: at the head (default), at both ends, or none (a plain connector). */
  heads?: 'end' | 'both' | 'none';
  /** Corner radius of bends. */
  radius?: number;
  /** Wraps a string label into lines no wider than this (user units). */
  labelWidth?: number;
};

function defaultLabelPlace(points: readonly Point[]): {at: Point; anchor: 'start' | 'middle'} {
  let best: [Point, Point] = [points[0] as Point, points[1] as Point];
  let bestLength = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length > bestLength) {
      best = [a, b];
      bestLength = length;
    }
  }
  const [a, b] = best;
  const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const horizontal = Math.abs(b[0] - a[0]) >= Math.abs(b[1] - a[1]);
  return horizontal
    ? {at: [mid[0], mid[1] - 12], anchor: 'middle'}
    : {at: [mid[0] + 8, mid[1]], anchor: 'start'};
}

/** A line with an arrowhead, optionally bent through several points, with a text label. */
export function Arrow({
  points,
  label,
  labelAt,
  labelAnchor,
  tone = 'plain',
  heads = 'end',
  dashed = false,
  radius = 10,
  labelWidth,
}: ArrowProps): ReactNode {
  const markerId = useContext(MarkerIdContext);
  if (points.length < 2) throw new Error('<Arrow>: `points` needs at least a tail and a head.');
  const marker = `url(#${markerId}-${tone === 'accent' || tone === 'feedback' ? 'accent' : 'plain'})`;
  const place = defaultLabelPlace(points);
  return (
    <g>
      <path
        className={clsx(styles.line, styles[`line-${tone}`], dashed && styles.lineDashed)}
        d={roundedPath(points, radius)}
        markerEnd={heads === 'none' ? undefined : marker}
        markerStart={heads === 'both' ? marker : undefined}
      />
      {label !== undefined && (
        <Label
          x={(labelAt ?? place.at)[0]}
          y={(labelAt ?? place.at)[1]}
          text={label}
          anchor={labelAnchor ?? (labelAt ? 'middle' : place.anchor)}
          size="detail"
          tone={tone === 'accent' || tone === 'feedback' ? 'accent' : 'base'}
          maxWidth={labelWidth}
          halo
        />
      )}
    </g>
  );
}

/** The arrowhead markers, defined once in each SVG (ids must be unique on the page). */
export function ArrowMarkers({id}: {id: string}): ReactNode {
  return (
    <defs>
      {(['plain', 'accent'] as const).map((tone) => (
        <marker
          key={tone}
          id={`${id}-${tone}`}
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerUnits="userSpaceOnUse"
          markerWidth={10}
          markerHeight={10}
          orient="auto-start-reverse">
          <path className={styles[`marker-${tone}`]} d="M0 0.5 L10 5 L0 9.5 Z" />
        </marker>
      ))}
    </defs>
  );
}
