import type { ReactNode } from 'react';

/**
 * A chart as a figure: its title, what stands beside the picture (a legend), the picture and a
 * summary in words. The picture is one image to assistive technology, named by the title and the
 * summary; the table below a chart is its full text alternative.
 */
export function ChartFrame({
  id,
  title,
  summary,
  width,
  height,
  legend,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  width: number;
  height: number;
  legend?: ReactNode;
  children: ReactNode;
}) {
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  return (
    <figure className="chart">
      <figcaption id={titleId} className="chart-title">
        {title}
      </figcaption>
      {legend}
      <svg
        role="img"
        aria-labelledby={`${titleId} ${summaryId}`}
        viewBox={`0 0 ${width} ${height}`}
        className="chart-svg"
        focusable="false"
      >
        <title>{title}</title>
        {children}
      </svg>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
    </figure>
  );
}
