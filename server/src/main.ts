import { runCommand, settingsFrom } from './cli.js'

const code = await runCommand(process.argv.slice(2), settingsFrom(process.env))
if (code !== 0) process.exit(code)
