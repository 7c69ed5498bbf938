/**
 * What a teacher types as her school's server address, made into the two addresses the app uses.
 * "school.kz", "https://school.kz/" and "wss://school.kz" all name the same server; a name without a
 * scheme is reached securely (wss/https), a loopback or LAN address without one plainly (ws/http).
 */
export interface ServerAddress {
  socket: string
  api: string
}

const PLAIN_HOST = /^(localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)(:\d+)?$/
const SCHEMES: Record<string, boolean> = { 'https:': true, 'wss:': true, 'http:': false, 'ws:': false }

export function serverAddress(typed: string): ServerAddress | null {
  const text = typed.trim().replace(/\/+$/, '')
  if (!text || /\s/.test(text)) return null
  const hasScheme = /^[a-z]+:\/\//i.test(text)
  let url: URL
  try {
    url = new URL(hasScheme ? text : `${PLAIN_HOST.test(text) ? 'http' : 'https'}://${text}`)
  } catch {
    return null
  }
  const secure = SCHEMES[url.protocol]
  if (secure === undefined || !url.hostname || url.username || url.password || url.search || url.hash) return null
  const path = url.pathname.replace(/\/+$/, '')
  return { socket: `${secure ? 'wss' : 'ws'}://${url.host}${path}`, api: `${secure ? 'https' : 'http'}://${url.host}${path}` }
}

/** An invitation code as printed by the server (XXXX-XXXX-XXXX), whatever the case and separators typed. */
export function invitationCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '')
  if (!/^[A-Z0-9]{12}$/.test(plain)) return null
  return `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`
}
