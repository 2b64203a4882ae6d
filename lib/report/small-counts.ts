/**
 * Below this, a count of residents' questions shown to the public could
 * point at one person ("the only question from Pleasant Grove"): the
 * public page says "fewer than 5" instead of the number.
 */
export const SMALLEST_PUBLIC_COUNT = 5;

export type PublicCount = { exact: number } | { fewerThan: number };

export function publicCount(count: number): PublicCount {
  return count > 0 && count < SMALLEST_PUBLIC_COUNT ? { fewerThan: SMALLEST_PUBLIC_COUNT } : { exact: count };
}
