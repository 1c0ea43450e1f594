import { cellText, isSuppressed } from '../cells.ts';
import { type BarChartModel, barMax, barSummary } from '../charts.ts';
import { domId } from '../report.ts';
import { ChartFrame } from './ChartFrame.tsx';

const width = 720;
const labelHeight = 20;
const barHeight = 16;
const barGap = 3;
const groupGap = 14;
const valueSpace = 150;
const colours = ['#0b4f9c', '#1b6b32'];

/**
 * Horizontal bars, one group per category or province, one bar per series. Each bar carries its
 * figure and series name in words, the series differ by pattern as well as colour, and a withheld
 * figure is written as its mark with no bar.
 */
export function BarChart({ chart }: { chart: BarChartModel }) {
  const id = domId('chart', chart.id);
  const max = barMax(chart);
  const scale = (width - valueSpace) / max;
  const groupHeight = labelHeight + chart.series.length * (barHeight + barGap) + groupGap;
  const height = chart.groups.length * groupHeight;
  const patternId = (i: number) => `${id}-pattern-${i}`;
  return (
    <ChartFrame
      id={id}
      title={chart.title}
      summary={barSummary(chart)}
      width={width}
      height={height}
      legend={
        <ul className="chart-legend" aria-hidden="true">
          {chart.series.map((s, i) => (
            <li key={s.name}>
              <svg width="28" height="14" focusable="false" aria-hidden="true">
                <rect
                  x="0.5"
                  y="0.5"
                  width="27"
                  height="13"
                  fill={`url(#${patternId(i)})`}
                  stroke={colours[i]}
                />
              </svg>{' '}
              {s.name} ({s.pattern === 'solid' ? 'solid bar' : 'hatched bar'})
            </li>
          ))}
        </ul>
      }
    >
      <defs>
        {chart.series.map((s, i) => (
          <pattern
            key={s.name}
            id={patternId(i)}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform={s.pattern === 'hatched' ? 'rotate(45)' : undefined}
          >
            {s.pattern === 'solid' ? (
              <rect width="6" height="6" fill={colours[i]} />
            ) : (
              <>
                <rect width="6" height="6" fill="#ffffff" />
                <rect width="3" height="6" fill={colours[i]} />
              </>
            )}
          </pattern>
        ))}
      </defs>
      {chart.groups.map((group, g) => {
        const top = g * groupHeight;
        return (
          <g key={group.key} transform={`translate(0 ${top})`}>
            <text x="0" y="14" className="chart-label">
              {group.label}
            </text>
            {chart.series.map((s, i) => {
              const cell = group.values[i] ?? 0;
              const y = labelHeight + i * (barHeight + barGap);
              const length = isSuppressed(cell) ? 0 : Math.max(cell > 0 ? 1 : 0, cell * scale);
              const words = `${cellText(cell, chart.unit)} ${s.name.toLowerCase()}${isSuppressed(cell) ? ' (withheld)' : ''}`;
              return (
                <g key={s.name}>
                  {length > 0 && (
                    <rect
                      x="0"
                      y={y}
                      width={length}
                      height={barHeight}
                      fill={`url(#${patternId(i)})`}
                      stroke={colours[i]}
                    />
                  )}
                  <text x={length + 6} y={y + barHeight - 3} className="chart-value">
                    {words}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </ChartFrame>
  );
}
