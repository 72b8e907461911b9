import { readFileSync } from 'node:fs'
import { parseCallback } from './dist/index.js'
const [a, b] = process.argv.slice(2).map(f => JSON.stringify(parseCallback(readFileSync(f)).right, (k, v) => v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v, 1).split('\n'))
for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) { console.log(i, a[i], '|', b[i]); }
