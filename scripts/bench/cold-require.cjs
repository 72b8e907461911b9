// Child process of the cold-start benchmark: requires each argument in a fresh process and
// prints the milliseconds the requires took.
'use strict'
const start = performance.now()
for (const specifier of process.argv.slice(2)) require(specifier)
process.stdout.write(String(performance.now() - start))
