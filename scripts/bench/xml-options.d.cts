// Types of xml-options.cjs. Spelled out rather than `X2jOptions`: from a `.d.cts`, fast-xml-parser
// resolves to its CommonJS typings, whose `X2jOptions` the ESM one used by src/ does not accept.

/** The library's fast-xml-parser options, copied for the benchmark's bare-parse baseline. */
export declare const benchXmlParserOptions: {
  readonly parseTagValue: boolean
  readonly ignoreAttributes: boolean
  readonly trimValues: boolean
  readonly processEntities: boolean
  readonly entityDecoder: {
    readonly decode: (text: string) => string
    readonly setExternalEntities: () => void
    readonly addInputEntities: () => void
    readonly reset: () => void
    readonly setXmlVersion: () => void
  }
  readonly ignoreDeclaration: boolean
  readonly ignorePiTags: boolean
  readonly transformTagName: (name: string) => string
  readonly onDangerousProperty: (name: string) => string
  readonly maxNestedTags: number
}
