import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { useId } from "react";
import { LegendItem, type Mark, MarkPatterns, MARKS, markFill } from "./chart-marks";

export type WeekSeries<Key extends string> = { key: Key; label: string; mark: Mark };

type Props<Key extends string> = {
  title: string;
  /** Under the x axis: what a bar is ("Week starting Monday, Dallas time"). */
  xLabel: string;
  yLabel: string;
  weeks: ({ week: string } & Record<Key, number>)[];
  series: WeekSeries<Key>[];
  weekLabel: (week: string) => string;
  formatNumber: (value: number) => string;
};

// Drawn for a phone's width; a wider screen scales the whole picture.
const WIDTH = 360;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 8, bottom: 44, left: 40 };

/**
 * Meetings per week, the series stacked in each bar (d3-shape's `stack`,
 * d3-scale's band and linear scales). The numbers themselves are in the
 * table the page puts right under it.
 */
export function WeekChart<Key extends string>({
  title,
  xLabel,
  yLabel,
  weeks,
  series,
  weekLabel,
  formatNumber,
}: Props<Key>) {
  const id = useId().replace(/:/g, "");
  const layers = stack<{ week: string } & Record<Key, number>, Key>().keys(series.map((item) => item.key))(weeks);
  const most = Math.max(1, ...weeks.map((row) => series.reduce((sum, item) => sum + row[item.key], 0)));
  const x = scaleBand<string>()
    .domain(weeks.map((row) => row.week))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, most])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(Math.min(5, y.domain()[1]!)).filter(Number.isInteger);
  // A label for every week while they fit, else for every n-th.
  const labelEvery = Math.ceil(weeks.length / 6);

  return (
    <figure className="mt-4 print:mt-1">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full max-w-xl" role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{title}</title>
        <MarkPatterns idPrefix={id} />
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#cbd5e1" />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="11" fill="#0f172a">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {layers.map((layer, index) =>
          layer.map(([from, to], column) =>
            to > from ? (
              <rect
                key={`${layer.key}-${weeks[column]!.week}`}
                x={x(weeks[column]!.week)}
                width={x.bandwidth()}
                y={y(to)}
                height={y(from) - y(to)}
                fill={markFill(series[index]!.mark, id)}
                stroke={MARKS[series[index]!.mark].color}
                strokeWidth="1.5"
              />
            ) : null,
          ),
        )}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} stroke="#0f172a" />
        {weeks.map((row, index) =>
          index % labelEvery === 0 ? (
            <text
              key={row.week}
              x={x(row.week)! + x.bandwidth() / 2}
              y={HEIGHT - MARGIN.bottom + 14}
              textAnchor="middle"
              fontSize="11"
              fill="#0f172a"
            >
              {weekLabel(row.week)}
            </text>
          ) : null,
        )}
        <text
          x={(MARGIN.left + WIDTH - MARGIN.right) / 2}
          y={HEIGHT - 8}
          textAnchor="middle"
          fontSize="11"
          fill="#0f172a"
        >
          {xLabel}
        </text>
        <text
          transform={`translate(11 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize="11"
          fill="#0f172a"
        >
          {yLabel}
        </text>
      </svg>
      <figcaption>
        <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm print:mt-0 print:gap-x-2 print:text-[8pt]">
          {series.map((item) => (
            <LegendItem key={item.key} mark={item.mark} idPrefix={id} label={item.label} />
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
