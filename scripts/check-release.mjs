// Refuses to publish unless package.json, CHANGELOG.md and git agree on the version being released
// (run by `npm publish` as prepublishOnly, or by hand: `node scripts/check-release.mjs`):
// CHANGELOG.md has a dated `## [<version>] - YYYY-MM-DD` section, the newest below `[Unreleased]`,
// the commit being published is tagged `v<version>` with a clean work tree, and dist/fast-xml-parser.js
// is built from the fast-xml-parser release package.json depends on.
// See "Releasing" in CONTRIBUTING.md.

import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))
const { version } = pkg
const changelog = readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8')
const git = (...args) => spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).stdout.trim()

const sections = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?/gm)].map((m) => ({
  name: m[1],
  date: m[2],
}))
const released = sections.filter((s) => s.name !== 'Unreleased')
const problems = []
if (released[0]?.name !== version) {
  problems.push(
    `CHANGELOG.md's newest released section is ${released[0] === undefined ? 'missing' : `[${released[0].name}]`}, ` +
      `not [${version}]: rename [Unreleased] to "[${version}] - <date>" and add an empty [Unreleased] above it`,
  )
} else if (released[0].date === undefined) problems.push(`CHANGELOG.md's [${version}] section has no date`)
if (!git('tag', '--points-at', 'HEAD').split('\n').includes(`v${version}`)) {
  problems.push(`HEAD is not tagged v${version}: git tag -a v${version} -m "${version}"`)
}
if (git('status', '--porcelain') !== '') problems.push('the work tree has uncommitted changes')
// The browser build of fast-xml-parser (see CONTRIBUTING.md) must be of the release the package depends on.
const pinned = pkg.dependencies['fast-xml-parser']
let built
try {
  built = /fast-xml-parser (\S+), bundled/.exec(readFileSync(join(repoRoot, 'dist', 'fast-xml-parser.js'), 'utf8'))?.[1]
} catch {
  built = undefined
}
if (built !== pinned) {
  problems.push(
    `dist/fast-xml-parser.js is ${built === undefined ? 'missing' : `of fast-xml-parser ${built}`}, ` +
      `while package.json depends on ${pinned}: run npm run build`,
  )
}

for (const problem of problems) console.error(`release check: ${problem}`)
if (problems.length === 0) console.log(`release check: ${version} agrees with CHANGELOG.md and tag v${version}`)
process.exitCode = problems.length > 0 ? 1 : 0
