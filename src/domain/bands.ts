/**
 * Percent → mark and points → mark. Rounding, stated once: the per cent is NOT rounded; a score gets
 * the highest band whose lower bound it reaches (points × 100 ≥ minPercent × total), so 39.9 % is still
 * in 0–39 % and 40 % exactly is in 40–64 %. Integer arithmetic avoids 0.1 + 0.2 surprises.
 */
import type { MarkBand } from './rules'
import { MARK_BANDS, TERM_MARK_WEIGHT_PRESETS, type TermMarkWeights } from './rules'

/** The mark for a per cent (0–100) under `bands` (default: the grades 2–11 bands). */
export function markForPercent(percent: number, bands: readonly MarkBand[] = MARK_BANDS.bands): number {
  const sorted = [...bands].sort((a, b) => a.minPercent - b.minPercent)
  let mark = sorted[0].mark
  for (const band of sorted) if (percent >= band.minPercent) mark = band.mark
  return mark
}

/** The mark for `points` out of `total`; null when the total is 0. */
export function markForPoints(points: number, total: number, bands: readonly MarkBand[] = MARK_BANDS.bands): number | null {
  if (total <= 0) return null
  const sorted = [...bands].sort((a, b) => a.minPercent - b.minPercent)
  let mark = sorted[0].mark
  for (const band of sorted) if (points * 100 >= band.minPercent * total) mark = band.mark
  return mark
}

export interface PointsBand {
  mark: number
  minPercent: number
  maxPercent: number
  /** Lowest and highest score giving this mark; null when no whole score falls in the band. */
  minPoints: number | null
  maxPoints: number | null
}

/** For a total (e.g. 20): which scores give 2, 3, 4, 5. Bands in ascending mark order. */
export function pointsBands(total: number, bands: readonly MarkBand[] = MARK_BANDS.bands): PointsBand[] {
  const sorted = [...bands].sort((a, b) => a.minPercent - b.minPercent)
  return sorted.map((band, i) => {
    const next = sorted[i + 1]
    const minPoints = Math.ceil((band.minPercent * total) / 100)
    // the next band starts at the first score reaching its lower bound
    const maxPoints = next ? Math.ceil((next.minPercent * total) / 100) - 1 : total
    const empty = total <= 0 || maxPoints < minPoints
    return {
      mark: band.mark,
      minPercent: band.minPercent,
      maxPercent: band.maxPercent,
      minPoints: empty ? null : minPoints,
      maxPoints: empty ? null : maxPoints,
    }
  })
}

/** The term mark weights preset with this id, or the first one. */
export function termMarkWeights(id: string): TermMarkWeights {
  return TERM_MARK_WEIGHT_PRESETS.find((p) => p.id === id) ?? TERM_MARK_WEIGHT_PRESETS[0]
}
