/**
 * The administrator's commands and the server command, e.g.
 *   npm run server                                   start the server and print its address
 *   npm run server -- school add "№ 12 school"       add a school
 *   npm run server -- member add SCHOOL "Name" --role teacher|mentor|methodist   add a member, print their code
 *   npm run server -- member invite MEMBER           a new one-time code for a member
 *   npm run server -- member revoke MEMBER           cut a member off at once
 *   npm run server -- pair add TEACHER MENTOR        assign a mentor to a teacher
 *   npm run server -- list                           schools, members and pairs
 * Settings come from the environment: BAGALAU_DATA (default ./server-data), HOST (127.0.0.1), PORT (8787),
 * BAGALAU_ORIGINS (origins allowed to call the API, comma-separated; default *), REDIS_URL (redis://127.0.0.1:6379 to
 * run several processes side by side), DATABASE_URL (postgres://… to keep documents in PostgreSQL).
 */
import { ROLES, type Role } from './access.js'
import { Directory, DirectoryError } from './directory.js'
import { DEFAULT_MAX_UPDATE_BYTES, directoryFile, startWorkspace } from './workspace.js'
import { mkdirSync } from 'node:fs'

export interface Settings {
  dataDir: string
  host: string
  port: number
  allowedOrigins: string[]
  redisUrl?: string
  postgresUrl?: string
}

export function settingsFrom(env: NodeJS.ProcessEnv): Settings {
  return {
    dataDir: env.BAGALAU_DATA ?? 'server-data',
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 8787),
    allowedOrigins: (env.BAGALAU_ORIGINS ?? '*').split(',').map((origin) => origin.trim()).filter(Boolean),
    redisUrl: env.REDIS_URL,
    postgresUrl: env.DATABASE_URL,
  }
}

type Print = (line: string) => void

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : undefined
}

function withDirectory<T>(settings: Settings, work: (directory: Directory) => T): T {
  mkdirSync(settings.dataDir, { recursive: true })
  const directory = new Directory(directoryFile(settings.dataDir))
  try {
    return work(directory)
  } finally {
    directory.close()
  }
}

function administer(args: string[], directory: Directory, print: Print): void {
  const [noun, verb, first, second] = args
  if (noun === 'school' && verb === 'add' && first) {
    const school = directory.addSchool(first)
    print(`school ${school.id} "${school.name}"`)
  } else if (noun === 'member' && verb === 'add' && first && second) {
    const role = (option(args, '--role') ?? 'teacher') as Role
    if (!ROLES.includes(role)) throw new DirectoryError(`--role must be one of ${ROLES.join(', ')}.`)
    const member = directory.addMember(first, second, role)
    print(`member ${member.id} "${member.name}" ${member.role}`)
    print(`invitation code (one use, 14 days): ${directory.invite(member.id)}`)
  } else if (noun === 'member' && verb === 'invite' && first) {
    print(`invitation code (one use, 14 days): ${directory.invite(first)}`)
  } else if (noun === 'member' && verb === 'revoke' && first) {
    const member = directory.revokeMember(first)
    print(`revoked ${member.id} "${member.name}"`)
  } else if (noun === 'pair' && verb === 'add' && first && second) {
    directory.addPair(first, second)
    print(`paired teacher ${first} with mentor ${second}`)
  } else if (noun === 'list') {
    for (const school of directory.schools()) {
      print(`school ${school.id} "${school.name}"`)
      for (const member of directory.membersOf(school.id)) {
        const mentors = directory.mentorsOf(member.id)
        const state = member.revokedAt === null ? '' : ' (revoked)'
        print(`  ${member.id} ${member.role} "${member.name}"${state}${mentors.length ? ` mentors: ${mentors.join(', ')}` : ''}`)
      }
    }
  } else {
    throw new DirectoryError(`Unknown command "${args.join(' ')}". See server/src/cli.ts or the README.`)
  }
}

/** Runs one command; returns the exit code. `serve` (no arguments) keeps running until a signal. */
export async function runCommand(args: string[], settings: Settings, print: Print = console.log): Promise<number> {
  if (args.length === 0 || args[0] === 'serve') {
    const workspace = await startWorkspace({ ...settings, maxUpdateBytes: DEFAULT_MAX_UPDATE_BYTES })
    print(`Bagalau school workspace at ${workspace.url} (data in ${settings.dataDir})`)
    const stop = async () => {
      await workspace.stop()
      process.exit(0)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    return 0
  }
  try {
    withDirectory(settings, (directory) => administer(args, directory, print))
    return 0
  } catch (error) {
    if (!(error instanceof DirectoryError)) throw error
    print(error.message)
    return 1
  }
}
