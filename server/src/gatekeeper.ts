/**
 * The Hocuspocus extension that checks every document against the member's token for the
 * connection's whole life: at authentication, before each message, and whenever an administrator's
 * command changes the directory (a revocation or a removed pair cuts the member off at once).
 */
import type { Extension, Hocuspocus, onAuthenticatePayload, beforeHandleMessagePayload } from '@hocuspocus/server'
import { accessTo } from './access.js'
import type { Directory } from './directory.js'
import { verifyToken } from './tokens.js'

export interface MemberContext {
  memberId: string
  schoolId: string
  /** Seconds since the epoch when the token stops working. */
  expiresAt: number
}

/** One refusal for every reason, so a refused client learns nothing about what exists. */
export class Refused extends Error {
  readonly code = 4403
  readonly reason = 'permission-denied'
  constructor() {
    super('permission-denied')
  }
}

export class TooLarge extends Error {
  readonly code = 1009
  readonly reason = 'update-too-large'
}

export interface GatekeeperOptions {
  directory: Directory
  maxUpdateBytes: number
  now?: () => number
}

export class Gatekeeper implements Extension {
  extensionName = 'bagalau-gatekeeper'
  priority = 1000
  private instance: Hocuspocus | null = null
  private watch: NodeJS.Timeout | null = null
  private seenVersion = -1

  constructor(private readonly options: GatekeeperOptions) {}

  private now(): number {
    return (this.options.now ?? Date.now)()
  }

  async onConfigure({ instance }: { instance: Hocuspocus }): Promise<void> {
    this.instance = instance
    // The administrator's commands run in another process; SQLite's data_version tells when they wrote.
    this.watch = setInterval(() => this.recheckIfDirectoryChanged(), 500)
    this.watch.unref()
  }

  async onDestroy(): Promise<void> {
    if (this.watch) clearInterval(this.watch)
  }

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<MemberContext> {
    const claims = await verifyToken(token ?? '', this.options.directory.signingSecret(), this.now())
    if (typeof claims === 'string') throw new Refused()
    const context = { memberId: claims.memberId, schoolId: claims.schoolId, expiresAt: claims.expiresAt }
    const access = this.accessFor(context, documentName)
    if (!access) throw new Refused()
    connectionConfig.readOnly = access === 'read'
    return context
  }

  async beforeHandleMessage({ context, documentName, update }: beforeHandleMessagePayload<MemberContext>): Promise<void> {
    if (update.byteLength > this.options.maxUpdateBytes) throw new TooLarge()
    if (!this.accessFor(context, documentName)) throw new Refused()
  }

  /** Closes every connection whose member may no longer open its document. */
  recheckAll(): void {
    for (const document of this.instance?.documents.values() ?? []) {
      for (const connection of document.connections.keys()) {
        const context = connection.context as MemberContext | undefined
        if (!context || !this.accessFor(context, document.name)) connection.close({ code: 4403, reason: 'permission-denied' })
      }
    }
  }

  private recheckIfDirectoryChanged(): void {
    const version = this.options.directory.changeCounter()
    const expired = this.anyExpired()
    if (version === this.seenVersion && !expired) return
    this.seenVersion = version
    this.recheckAll()
  }

  private anyExpired(): boolean {
    const nowSeconds = this.now() / 1000
    for (const document of this.instance?.documents.values() ?? []) {
      for (const connection of document.connections.keys()) {
        const expiresAt = (connection.context as MemberContext | undefined)?.expiresAt ?? 0
        if (expiresAt <= nowSeconds) return true
      }
    }
    return false
  }

  private accessFor(context: MemberContext, documentName: string) {
    if (context.expiresAt <= this.now() / 1000) return null
    const member = this.options.directory.member(context.memberId)
    if (!member || member.schoolId !== context.schoolId) return null
    return accessTo(member, documentName, this.options.directory)
  }
}
