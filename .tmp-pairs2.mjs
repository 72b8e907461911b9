import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { join } from 'node:path'
import { parseCallback } from './dist/index.js'
const walk = (d) => readdirSync(d).flatMap(f => statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)])
for (const f of walk('samples').filter(f => f.endsWith('.xml'))) { const j = f.replace(/\.xml$/, '.json'); if (!existsSync(j)) continue; const a = parseCallback(readFileSync(f)), b = parseCallback(readFileSync(j)); console.log(f, a._tag, b._tag, isDeepStrictEqual(a, b)) }
