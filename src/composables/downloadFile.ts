/** Hands a file to the browser as a download (the Word file, a backup, a review file, a CSV export). */
export function downloadFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // give the browser time to start the download before the URL is released
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
