import { scaleBand, scaleLinear } from "d3-scale";
import { useId } from "react";
import { LegendItem, type Mark, MarkPatterns, MARKS, markFill } from "./chart-marks";

export type BarSeries = { label: string; mark: Mark };
export type BarItem = { key: string; label: string; values: number[] };

type Props = {
  title: string;
  /** Under the x axis: what the bars count. */
  xLabel: string;
  /** One or two series (two: side by side in each item, as asked and arranged). */
  series: BarSeries[];
  items: BarItem[];
  formatNumber: (value: number) => string;
};

const WIDTH = 360;
const MARGIN = { top: 4, right: 36, bottom: 36, left: 4 };
// Each item: its name on a line of its own (long names stay readable on a
// phone), then its bars.
const LABEL_HEIGHT = 16;
const BAR_HEIGHT = 14;
const ITEM_GAP = 10;

/**
 * Horizontal bars, one group per item, drawn with d3-scale. The name of
 * each item sits above its bars and each bar ends in its number, so the
 * chart reads without the axis; the table under it has the same numbers.
 */
export function BarChart({ title, xLabel, series, items, formatNumber }: Props) {
  const id = useId().replace(/:/g, "");
  const itemHeight = LABEL_HEIGHT + BAR_HEIGHT * series.length + ITEM_GAP;
  const height = MARGIN.top + items.length * itemHeight + MARGIN.bottom;
  const most = Math.max(1, ...items.flatMap((item) => item.values));
  const x = scaleLinear()
    .domain([0, most])
    .nice()
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const rows = scaleBand<string>()
    .domain(items.map((item) => item.key))
    .range([MARGIN.top, height - MARGIN.bottom]);
  const ticks = x.ticks(Math.min(4, x.domain()[1]!)).filter(Number.isInteger);
  const axisY = height - MARGIN.bottom;

  return (
    <figure className="mt-4 print:mt-1">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="w-full max-w-xl" role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{title}</title>
        <MarkPatterns idPrefix={id} />
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={MARGIN.top} y2={axisY} stroke="#e2e8f0" />
            <text x={x(tick)} y={axisY + 14} textAnchor="middle" fontSize="11" fill="#0f172a">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {items.map((item) => {
          const top = rows(item.key)!;
          return (
            <g key={item.key}>
              <text x={MARGIN.left} y={top + LABEL_HEIGHT - 4} fontSize="12" fill="#0f172a">
                {item.label}
              </text>
              {item.values.map((value, index) => {
                const mark = series[index]!.mark;
                const barTop = top + LABEL_HEIGHT + index * BAR_HEIGHT;
                return (
                  <g key={series[index]!.label}>
                    <rect
                      x={x(0)}
                      y={barTop + 1}
                      width={Math.max(0, x(value) - x(0))}
                      height={BAR_HEIGHT - 2}
                      fill={markFill(mark, id)}
                      stroke={MARKS[mark].color}
                      strokeWidth="1.5"
                    />
                    <text x={x(value) + 4} y={barTop + BAR_HEIGHT / 2} dy="0.32em" fontSize="11" fill="#0f172a">
                      {formatNumber(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <line x1={x(0)} x2={x(0)} y1={MARGIN.top} y2={axisY} stroke="#0f172a" />
        <text
          x={(MARGIN.left + WIDTH - MARGIN.right) / 2}
          y={height - 6}
          textAnchor="middle"
          fontSize="11"
          fill="#0f172a"
        >
          {xLabel}
        </text>
      </svg>
      {series.length > 1 ? (
        <figcaption>
          <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm print:mt-0 print:gap-x-2 print:text-[8pt]">
            {series.map((item) => (
              <LegendItem key={item.label} mark={item.mark} idPrefix={id} label={item.label} />
            ))}
          </ul>
        </figcaption>
      ) : null}
    </figure>
  );
}
