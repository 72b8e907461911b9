import { parseTencentTime } from 'tencent-ci-callback'

/**
 * When an instant was written in a body, the zone it was written in: epoch milliseconds → `Z` or
 * `+08:00`. A decoded `Date` has lost its zone; this gives it back, so the CLI prints a time as the
 * body said it (`2022-06-30T15:29:42+08:00` for `2022-06-30T15:29:42+0800`), not as UTC.
 */
export type Zones = ReadonlyMap<number, string>

/** Beijing time: Tencent's zone, used for a time whose text is not found in the body. */
export const DEFAULT_ZONE = '+08:00'

/** Every Tencent time form (see `parseTencentTime`), anywhere in a text. */
const TIME_TEXT = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})/g

const zoneLabel = (time: string): string => {
  const offset = /([+-]\d{2}):?(\d{2})$/.exec(time)
  return offset === null ? 'Z' : `${offset[1] ?? ''}:${offset[2] ?? ''}`
}

const zoneMinutes = (label: string): number => {
  if (label === 'Z') return 0
  const minutes = Number(label.slice(1, 3)) * 60 + Number(label.slice(4, 6))
  return label.startsWith('-') ? -minutes : minutes
}

/**
 * The zone of every time written in `text` (the raw body), by the instant it names. Were one
 * instant written twice in two zones, the first wins: both name the same instant anyway.
 */
export const zonesIn = (text: string): Zones => {
  const zones = new Map<number, string>()
  for (const [time] of text.matchAll(TIME_TEXT)) {
    const date = parseTencentTime(time)
    if (date !== undefined && !zones.has(date.getTime())) zones.set(date.getTime(), zoneLabel(time))
  }
  return zones
}

/** RFC 3339 in the given zone: `2022-06-30T15:29:42+08:00`, milliseconds only when not zero. */
export const formatInZone = (date: Date, zone: string): string => {
  const ms = date.getTime()
  if (Number.isNaN(ms)) return 'Invalid Date'
  const local = new Date(ms + zoneMinutes(zone) * 60_000).toISOString()
  const fraction = date.getUTCMilliseconds() === 0 ? '' : local.slice(19, 23)
  return `${local.slice(0, 19)}${fraction}${zone}`
}

/** `value` with every `Date` replaced by its text in the zone the body wrote it in. */
export const withZonedTimes = (value: unknown, zones: Zones): unknown => {
  if (value instanceof Date) return formatInZone(value, zones.get(value.getTime()) ?? DEFAULT_ZONE)
  if (Array.isArray(value)) return value.map((item) => withZonedTimes(item, zones))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withZonedTimes(item, zones)]))
  }
  return value
}
