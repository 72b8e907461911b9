/*
 * The kit's scalars in one import: Tencent times, wire numbers and booleans, and `alias`. Each
 * lives in its own module; this one only re-exports them, so codecs import every scalar from here.
 */

export { alias } from './scalar-codec'
export { formatTencentTime, parseTencentTime } from './tencent-time'
export { DateFromTencentTime, DateOrUnsetFromTencentTime } from './times'
export { IntegerFromWire, NumberFromWire } from './wire-numbers'
export { BooleanFromWire } from './wire-booleans'
