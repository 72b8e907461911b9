/** What the tool touches outside itself beside the file system and the network, so tests can run it in-process. */
export interface CliIo {
  readonly readStdin: () => Promise<Uint8Array>
  /** Writes one line to stdout. */
  readonly out: (line: string) => void
  /** Writes one line to stderr. */
  readonly err: (line: string) => void
}
