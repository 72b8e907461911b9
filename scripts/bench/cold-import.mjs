// Child process of the cold-start benchmark: imports each argument (a bare specifier or a
// file URL) in a fresh process and prints the milliseconds the imports took.
const start = performance.now()
for (const specifier of process.argv.slice(2)) await import(specifier)
process.stdout.write(String(performance.now() - start))
