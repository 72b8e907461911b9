#!/usr/bin/env node
// The `tencent-ci-callback` command: wires `run` to the real files, stdin and console.
import { readFile } from 'node:fs/promises'
import { run } from './run'

const readStdin = async (): Promise<Uint8Array> => {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks)
}

run(process.argv.slice(2), {
  readFile: (path) => readFile(path),
  readStdin,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then(
  (status) => {
    process.exitCode = status
  },
  (e: unknown) => {
    process.stderr.write(`tencent-ci-callback: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    process.exitCode = 2
  },
)
