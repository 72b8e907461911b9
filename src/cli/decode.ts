import { readFile } from 'node:fs/promises'
import * as E from 'fp-ts/lib/Either.js'
import { formatCallbackError, parseCallback, type CiCallback } from 'tencent-ci-callback'
import { sniffFormat } from '../sniff'
import type { CliArgs } from './args'
import { expandInputs, isInputError, type Input } from './inputs'
import type { CliIo } from './io'
import { summaryLines } from './summary'
import { withZonedTimes, zonesIn } from './times'

type Outcome = 'ok' | 'invalid' | 'unreadable'

const CONTENT_TYPES = { xml: 'application/xml', json: 'application/json' } as const

const NAMES = { xml: 'XML', json: 'JSON' } as const

const print = (args: CliArgs, lines: boolean, input: Input, callback: CiCallback, text: string, io: CliIo): void => {
  if (args.summary) {
    for (const line of summaryLines(input.label, callback)) io.out(line)
    return
  }
  const value = withZonedTimes(callback, zonesIn(text))
  io.out(lines ? JSON.stringify({ file: input.label, callback: value }) : JSON.stringify(value, null, 2))
}

const decodeOne = async (args: CliArgs, lines: boolean, input: Input, io: CliIo): Promise<Outcome> => {
  let bytes: Uint8Array
  try {
    bytes = await (input.path === '-' ? io.readStdin() : readFile(input.path))
  } catch (e) {
    io.err(`${input.label}: cannot read: ${e instanceof Error ? e.message : String(e)}`)
    return 'unreadable'
  }
  // The text is read again here only to find how the body wrote its times; the decoder reads the bytes.
  const text = new TextDecoder().decode(bytes)
  const shown = sniffFormat(bytes)
  if (args.format !== undefined && shown !== undefined && shown !== args.format) {
    io.err(`${input.label}: the body is ${NAMES[shown]}, but --format says ${args.format}`)
    return 'invalid'
  }
  const options = args.maxBytes === undefined ? undefined : { maxBytes: args.maxBytes }
  const contentType = args.format === undefined ? undefined : CONTENT_TYPES[args.format]
  const result = parseCallback(bytes, contentType, options)
  if (E.isLeft(result)) {
    for (const line of formatCallbackError(result.left).split('\n')) io.err(`${input.label}: ${line}`)
    return 'invalid'
  }
  print(args, lines, input, result.right, text, io)
  return 'ok'
}

/**
 * Decodes every input the arguments name and returns the exit status: 0 when every payload
 * decodes, 1 when one does not, 2 when one cannot be read. NDJSON when there are several.
 */
export const decodeAll = async (args: CliArgs, io: CliIo): Promise<number> => {
  const { inputs, hadDirectory } = await expandInputs(args.files)
  const lines = args.ndjson || hadDirectory || inputs.length > 1
  const outcomes: Outcome[] = []
  for (const input of inputs) {
    if (isInputError(input)) {
      io.err(`${input.label}: ${input.reason}`)
      outcomes.push('unreadable')
    } else {
      outcomes.push(await decodeOne(args, lines, input, io))
    }
  }
  if (outcomes.includes('unreadable')) return 2
  return outcomes.includes('invalid') ? 1 : 0
}
