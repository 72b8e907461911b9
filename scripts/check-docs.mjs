// Checks the API docs TypeDoc wrote to docs/api (`npm run docs` builds, then runs this): the landing
// page opens with the entry points, then the README; the main module lists the entry points first,
// in reading order, and every other export under a purpose group from scripts/typedoc-plugin.mjs
// (none left in TypeDoc's by-kind groups); `Result` has its page and `parseCallback` links it; and
// every relative link in README.md leads to a file or folder of the repository.

import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ENTRY_GROUP, ENTRY_POINTS } from './typedoc-plugin.mjs'

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)))
const api = join(repoRoot, 'docs', 'api')
const config = JSON.parse(readFileSync(join(repoRoot, 'typedoc.json'), 'utf8'))
const failures = []
const check = (what, ok) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`)
  if (!ok) failures.push(what)
}

/** A page's visible text, tags dropped, entities decoded, spaces collapsed. */
const textOf = (html) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
/** Markdown inline text as TypeDoc shows it: links, code and emphasis marks dropped. */
const plain = (markdown) =>
  markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
const read = (page) => readFileSync(join(api, page), 'utf8')

if (!existsSync(join(api, 'index.html'))) {
  console.error(`no ${api}/index.html: run \`npm run docs\``)
  process.exit(1)
}

// The landing page: the entry points, then the README.
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
const landing = read('index.html')
const landingText = textOf(landing)
const firstParagraph = plain(readme.split(/\n\s*\n/).find((block) => !block.startsWith('#')) ?? '')
const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => plain(m[1]))
check('the landing page holds the README (its first paragraph)', landingText.includes(firstParagraph))
let at = landingText.indexOf(firstParagraph)
const inOrder = headings.every((heading) => (at = landingText.indexOf(heading, at)) !== -1)
check(`the landing page holds the README's ${headings.length} sections, in order`, headings.length > 0 && inOrder)
const entryLine = /<p class="tsd-entry-points">([\s\S]*?)<\/p>/.exec(landing)
check(
  'the landing page lists the entry points before the README',
  entryLine !== null && entryLine.index < landing.indexOf('tsd-typography'),
)
const linked = [...(entryLine?.[1] ?? '').matchAll(/<a href="([^"]+)"><code>([^<]+)<\/code>/g)]
check(
  `it links ${ENTRY_POINTS[0]} first and every entry point to its page`,
  linked[0]?.[2] === ENTRY_POINTS[0] &&
    ENTRY_POINTS.every((name) => linked.some(([, href, text]) => text === name && existsSync(join(api, href)))),
)

// The main module: entry points first, then the purpose groups, none by kind.
const main = read('modules/tencent-ci-callback.html')
const groups = [
  ...main.matchAll(/data-key="section-([^"]+)"[\s\S]*?<dl class="tsd-member-summaries">([\s\S]*?)<\/dl>/g),
].map(([, title, body]) => ({ title, members: [...body.matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]) }))
check(`the main module's first group is "${ENTRY_GROUP}"`, groups[0]?.title === ENTRY_GROUP)
const entries = ENTRY_POINTS.filter((name) => groups[0]?.members.includes(name))
check(
  `it lists ${groups[0]?.members.join(', ')} in reading order`,
  entries.length >= 6 && entries.every((name, i) => groups[0]?.members[i] === name),
)
const purposes = config.groupOrder.filter((g) => g !== '*')
const strays = groups.filter((g) => !purposes.includes(g.title))
check(
  `every export is in a purpose group (${groups.length} groups)` +
    (strays.length > 0
      ? `: ${strays.map((g) => `${g.title}: ${g.members.slice(0, 3).join(', ')}`).join('; ')} ` +
        '(add their source folder to GROUPS in scripts/typedoc-plugin.mjs)'
      : ''),
  strays.length === 0,
)
check(
  'the groups follow groupOrder',
  groups.every((g, i) => i === 0 || purposes.indexOf(groups[i - 1].title) < purposes.indexOf(g.title)),
)
check(
  "the Node entry's module page lists parseNodeRequest first",
  /Entry points[\s\S]*?parseNodeRequest/.test(textOf(read('modules/tencent-ci-callback_node.html'))),
)

// The codecs: documented once, in the codecs module (first in typedoc.json's entryPoints, so a codec and
// its type are its own), and the main module, which exports the type only, links there.
check(
  "the codecs entry's module page documents TranscodeJob, codec and type",
  existsSync(join(api, 'variables', 'tencent-ci-callback_codecs.TranscodeJob.html')) &&
    existsSync(join(api, 'interfaces', 'tencent-ci-callback_codecs.TranscodeJob.html')) &&
    read('modules/tencent-ci-callback_codecs.html').includes('TranscodeJob'),
)
check(
  'the main module links TranscodeJob to the codecs module',
  read('modules/tencent-ci-callback.html').includes('tencent-ci-callback_codecs.TranscodeJob.html'),
)

// A codec and its type share one doc, which may be written once in the source (so that a hover shows it
// once): scripts/typedoc-plugin.mjs gives the undocumented one its namesake's, so both pages show it.
const summaryOf = (page) => /tsd-comment tsd-typography">([\s\S]*?)<\/div>/.exec(read(page))?.[1]?.trim() ?? ''
const pages = readdirSync(join(api, 'variables'))
  .filter((f) => f.startsWith('tencent-ci-callback_codecs.'))
  .flatMap((f) =>
    ['interfaces', 'types'].filter((d) => existsSync(join(api, d, f))).map((d) => [`variables/${f}`, `${d}/${f}`]),
  )
  .flat()
const blank = pages.filter((page) => summaryOf(page) === '')
check(
  `the ${pages.length} pages of codecs sharing a name with their type each show a doc` +
    (blank.length > 0 ? ` (blank: ${blank.join(', ')})` : ''),
  pages.length > 200 && blank.length === 0,
)

// Result: exported, documented, linked from parseCallback's signature.
check('Result has its own page', existsSync(join(api, 'types', 'tencent-ci-callback.Result.html')))
check(
  "parseCallback's signature links Result",
  read('functions/tencent-ci-callback.parseCallback.html').includes('href="../types/tencent-ci-callback.Result.html"'),
)

// TypeDoc copies linked files but does not check README links (validation.invalidPath is off, so
// that links to folders such as examples/ are allowed): check them here.
const broken = [...readme.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
  .map((m) => m[1])
  .filter((target) => !/^[a-z]+:/.test(target) && !existsSync(join(dirname(join(repoRoot, 'README.md')), target)))
check(
  `every relative link in README.md leads somewhere${broken.length > 0 ? ` (broken: ${broken.join(', ')})` : ''}`,
  broken.length === 0,
)

console.log(failures.length > 0 ? `\ndocs check FAILED (${failures.length})` : '\ndocs check passed')
process.exitCode = failures.length > 0 ? 1 : 0
