/** Pictures are shrunk before storing: a printed A4 page is about 16 cm wide, so 1600 px is ample. */
export const MAX_PICTURE_SIDE = 1600
export const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const

/** The size to store a picture at: at most `max` on its longer side, proportions kept, never enlarged. */
export function fitWithin(width: number, height: number, max = MAX_PICTURE_SIDE): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 }
  const scale = Math.min(1, max / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

export function isAcceptedPictureType(type: string): boolean {
  return (PICTURE_TYPES as readonly string[]).includes(type)
}
