// Child process of the cold-start benchmark: imports each argument (a bare specifier or a file
// URL) in a fresh process and prints the milliseconds the imports took, as JSON:
// `{ "cpu": …, "wall": … }`.
import { CLOCKS } from './measure.mjs'

const [wall0, cpu0] = [CLOCKS.wall(), CLOCKS.cpu()]
for (const specifier of process.argv.slice(2)) await import(specifier)
process.stdout.write(JSON.stringify({ cpu: CLOCKS.cpu() - cpu0, wall: CLOCKS.wall() - wall0 }))
