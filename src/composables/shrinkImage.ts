import { fitWithin, MAX_PICTURE_SIDE } from '@/domain/pictureSize'

export interface ShrunkImage {
  blob: Blob
  mimeType: string
  width: number
  height: number
}

function loadImage(blob: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(blob)
    const img = new Image()
    img.onload = () => {
      URL.revokeObjectURL(url)
      resolve(img)
    }
    img.onerror = () => {
      URL.revokeObjectURL(url)
      reject(new Error('decode'))
    }
    img.src = url
  })
}

/**
 * Decodes a PNG, JPEG or SVG and re-encodes it at most MAX_PICTURE_SIDE px on its longer side. SVG is
 * rendered to PNG (Word and LibreOffice print PNG reliably); photos stay JPEG, drawings PNG.
 */
export async function shrinkImage(file: Blob): Promise<ShrunkImage> {
  const img = await loadImage(file)
  const naturalW = img.naturalWidth || 800
  const naturalH = img.naturalHeight || 600
  const { width, height } = fitWithin(naturalW, naturalH, MAX_PICTURE_SIDE)
  const isSvg = file.type === 'image/svg+xml'
  if (!isSvg && width === naturalW && height === naturalH) return { blob: file, mimeType: file.type, width, height }
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas')
  if (isSvg) {
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
  }
  ctx.drawImage(img, 0, 0, width, height)
  const mimeType = file.type === 'image/jpeg' ? 'image/jpeg' : 'image/png'
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, mimeType, 0.88))
  if (!blob) throw new Error('encode')
  return { blob, mimeType, width, height }
}
