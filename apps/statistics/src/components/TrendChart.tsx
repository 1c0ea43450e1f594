import { cellText, isSuppressed } from '../cells.ts';
import { type TrendChartModel, trendMax, trendSummary } from '../charts.ts';
import { ChartFrame } from './ChartFrame.tsx';

const width = 720;
const height = 300;
const margin = { top: 16, right: 210, bottom: 44, left: 48 };
const colours = ['#0b4f9c', '#a1161c', '#1b6b32', '#7a4a00'];

/** A round step for the value axis: 1, 2 or 5 times a power of ten, about five ticks. */
function tickStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  return step ?? power * 10;
}

function Marker({
  shape,
  x,
  y,
  colour,
  hollow,
}: {
  shape: string;
  x: number;
  y: number;
  colour: string;
  hollow: boolean;
}) {
  const fill = hollow ? '#ffffff' : colour;
  const common = { fill, stroke: colour, strokeWidth: 2 };
  switch (shape) {
    case 'square':
      return <rect x={x - 5} y={y - 5} width="10" height="10" {...common} />;
    case 'triangle':
      return <polygon points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`} {...common} />;
    case 'diamond':
      return <polygon points={`${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`} {...common} />;
    default:
      return <circle cx={x} cy={y} r="5" {...common} />;
  }
}

/**
 * Lines of the median days per year, one per part: each with its own marker shape and line
 * pattern and its name written at its end; a running year's point is hollow and its year marked
 * "so far"; a withheld year is a gap in the line, its hollow marker and "<5" stacked on the axis.
 */
export function TrendChart({ chart, id }: { chart: TrendChartModel; id: string }) {
  const step = tickStep(trendMax(chart));
  const top = Math.ceil(trendMax(chart) / step) * step;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const x = (i: number) =>
    margin.left + (chart.years.length === 1 ? plotWidth / 2 : (i * plotWidth) / (chart.years.length - 1));
  const y = (v: number) => margin.top + plotHeight - (v / top) * plotHeight;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);

  // The names at the lines' ends, moved apart where lines end close together.
  const ends = chart.series
    .map((s, i) => {
      const last = [...s.points].reverse().find((p) => !isSuppressed(p.value));
      const at = last ? chart.years.indexOf(last.year) : -1;
      return {
        i,
        name: s.name,
        x: at >= 0 ? x(at) : undefined,
        y: last && !isSuppressed(last.value) ? y(last.value) : 0,
      };
    })
    .filter((e) => e.x !== undefined)
    .sort((a, b) => a.y - b.y);
  for (let k = 1; k < ends.length; k++) {
    const prev = ends[k - 1];
    const cur = ends[k];
    if (prev && cur && cur.y - prev.y < 15) cur.y = prev.y + 15;
  }

  return (
    <ChartFrame id={id} title={chart.title} summary={trendSummary(chart)} width={width} height={height}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} className="chart-grid" />
          <text x={margin.left - 8} y={y(t) + 4} textAnchor="end" className="chart-axis">
            {t}
          </text>
        </g>
      ))}
      {chart.years.map((year, i) => {
        const partial = chart.series.some((s) => s.points[i]?.partialYear);
        return (
          <text
            key={year}
            x={x(i)}
            y={height - margin.bottom + 18}
            textAnchor="middle"
            className="chart-axis"
          >
            {year}
            {partial && (
              <tspan x={x(i)} dy="14">
                (so far)
              </tspan>
            )}
          </text>
        );
      })}
      {chart.series.map((s, k) => {
        const colour = colours[k] ?? '#1b1b1f';
        // A withheld year breaks the line: no figure is drawn across it.
        const segments: string[][] = [[]];
        s.points.forEach((p, i) => {
          if (isSuppressed(p.value)) segments.push([]);
          else segments[segments.length - 1]?.push(`${x(i)},${y(p.value)}`);
        });
        return (
          <g key={s.key}>
            {segments
              .filter((seg) => seg.length > 1)
              .map((seg) => (
                <polyline
                  key={seg[0]}
                  points={seg.join(' ')}
                  fill="none"
                  stroke={colour}
                  strokeWidth="2"
                  strokeDasharray={s.dash || undefined}
                />
              ))}
            {s.points.map((p, i) =>
              isSuppressed(p.value) ? (
                // A withheld year: the series' marker, hollow, with the mark, stacked above the axis.
                <g key={p.year}>
                  <Marker shape={s.marker} x={x(i) - 10} y={y(0) - 10 - k * 16} colour={colour} hollow />
                  <text x={x(i) - 2} y={y(0) - 6 - k * 16} className="chart-axis">
                    {cellText(p.value, 'days')}
                  </text>
                </g>
              ) : (
                <Marker
                  key={p.year}
                  shape={s.marker}
                  x={x(i)}
                  y={y(p.value)}
                  colour={colour}
                  hollow={p.partialYear}
                />
              ),
            )}
          </g>
        );
      })}
      {ends.map((e) => (
        <text key={e.name} x={(e.x ?? 0) + 12} y={e.y + 4} className="chart-value">
          {e.name}
        </text>
      ))}
    </ChartFrame>
  );
}
