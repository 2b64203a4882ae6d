/**
 * How the report's charts tell their series apart: each by a fill that
 * differs in shape as well as colour (solid, outlined, hatched, dotted), so
 * they read in greyscale print and without colour vision. Every mark has a
 * dark outline with at least 3:1 contrast on white (WCAG 1.4.11).
 */
export const MARKS = {
  solid: { color: "#1e3a8a" },
  outline: { color: "#1e3a8a" },
  hatch: { color: "#b91c1c" },
  dots: { color: "#9a3412" },
} as const;

export type Mark = keyof typeof MARKS;

/** The fill of a mark: a colour, or one of the patterns defined by `<MarkPatterns>` under `idPrefix`. */
export function markFill(mark: Mark, idPrefix: string): string {
  if (mark === "solid") return MARKS.solid.color;
  if (mark === "outline") return "#ffffff";
  return `url(#${idPrefix}-${mark})`;
}

/** The `<defs>` a chart needs for its hatched and dotted marks. */
export function MarkPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      <pattern
        id={`${idPrefix}-hatch`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={MARKS.hatch.color} strokeWidth="3" />
      </pattern>
      <pattern id={`${idPrefix}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#ffffff" />
        <circle cx="2.5" cy="2.5" r="1.5" fill={MARKS.dots.color} />
      </pattern>
    </defs>
  );
}

/** A legend entry: the mark's swatch and its name, as HTML (it wraps on a phone). */
export function LegendItem({ mark, idPrefix, label }: { mark: Mark; idPrefix: string; label: string }) {
  return (
    <li className="flex items-center gap-2">
      <svg width="16" height="16" aria-hidden="true" focusable="false">
        <MarkPatterns idPrefix={`${idPrefix}-legend`} />
        <rect
          x="1"
          y="1"
          width="14"
          height="14"
          fill={markFill(mark, `${idPrefix}-legend`)}
          stroke={MARKS[mark].color}
          strokeWidth="2"
        />
      </svg>
      {label}
    </li>
  );
}
