import { formatDropped } from '../src/format-dropped'
import { parseCallback } from '../src/parse-callback'
import { positionAt } from '../src/text-position'
import { getRight } from './support/either'
import { sample } from './support/samples'

const text = (name: string): string => sample(name).bytes.toString('utf8')

/** `body` with `from` replaced by `to` once; fails the test when `from` is not there. */
const edit = (body: string, from: string | RegExp, to: string): string => {
  const out = body.replace(from, to)
  if (out === body) throw new Error(`${String(from)} not found`)
  return out
}

describe('what a receiver sees of Dropped', () => {
  const body = edit(text('reference/media-info/sample-1.xml'), /<Bitrate>[^<]*<\/Bitrate>/, '<Bitrate>N/A</Bitrate>')

  it('formatDropped renders one line per value: path, received, line and column, and why', () => {
    const { line, column } = positionAt(body, body.indexOf('N/A'))
    expect(formatDropped(getRight(parseCallback(body)).Dropped)).toBe(
      [
        '⚠ Tencent CI callback decoded without 1 invalid optional value',
        `  ⚠ JobsDetail[0].Operation.MediaInfo.Format.Bitrate = "N/A" (line ${line}, column ${column}): Expected a number like "830.482", received "N/A"`,
      ].join('\n'),
    )
    expect(formatDropped(undefined)).toBe('')
  })
})
