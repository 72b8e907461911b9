// Child process of the cold-start benchmark: requires each argument in a fresh process and
// prints the milliseconds the requires took, as JSON: `{ "cpu": …, "wall": … }`.
'use strict'
const cpu = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const [wall0, cpu0] = [performance.now(), cpu()]
for (const specifier of process.argv.slice(2)) require(specifier)
process.stdout.write(JSON.stringify({ cpu: cpu() - cpu0, wall: performance.now() - wall0 }))
