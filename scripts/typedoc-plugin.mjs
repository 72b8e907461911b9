// A TypeDoc plugin (typedoc.json `plugin`) that orders the API docs for a newcomer: the functions a
// receiver calls come first, in the order one meets them, and every other export is grouped by
// purpose (Errors, Callbacks, Job Tags, …), derived from the source folder it is declared in, so no
// source file needs a `@group` tag and a new file in a known folder lands in the right group. The
// landing page (the README) opens with a line linking those entry points and every module.
// `groupOrder` in typedoc.json orders the groups; scripts/check-docs.mjs checks the result.

import { relative, sep } from 'node:path'
import { Comment, CommentTag, Converter, JSX, ReflectionKind } from 'typedoc'
import ts from 'typescript'

/** The functions (and the result type) a receiver starts from, in reading order. */
export const ENTRY_POINTS = [
  'parseCallback',
  'Result',
  'parseRequest',
  'toHttpResponse',
  'parseNodeRequest',
  'sendHttpResponse',
  'formatCallbackError',
  'matchCallbackError',
  'isWorkflowJob',
]

export const ENTRY_GROUP = 'Entry points'

/** The group of every other export, by the file it is declared in (first match wins). */
const GROUPS = [
  ['Errors', /^src\/(errors|format-error|payload-issues)\.ts$/],
  ['Graded decoding', /^src\/(graded\/|format-dropped\.ts$|locate\/path-steps\.ts$)/],
  ['Job API answers', /^src\/job-response\//],
  ['Message-queue delivery', /^src\/delivery\//],
  ['Options and limits', /^src\/(options|body)\.ts$|^src\/xml\/parser-options\.ts$/],
  ['Request helpers', /^src\/http\//],
  ['Callbacks', /^src\/codecs\/envelope\//],
  [
    'Jobs',
    /^src\/codecs\/job\/(jobs-detail|job-base|unknown-job|workflow)\.ts$|^src\/codecs\/tags\/(registry|define-job|tag-inference)\.ts$/,
  ],
  ['Moderation', /^src\/codecs\/moderation\//],
  ['Codec kit', /^src\/codecs\/kit\//],
  ['Job Tags', /^src\/codecs\/tags\//],
  ['Shared nodes', /^src\/codecs\//],
  ['Job helpers', /^src\/job-helpers\//],
  ['Encoding', /^src\/encode\//],
  ['Fixtures', /^src\/testing\//],
]

/** @param {import('typedoc').Application} app */
export const load = (app) => {
  /** Each module member and the source file it is declared in. */
  const declaredIn = new Map()

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.parent?.kindOf(ReflectionKind.Module)) return
    let symbol = context.getSymbolFromReflection(reflection)
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) {
      symbol = context.checker.getAliasedSymbol(symbol)
    }
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName
    if (file !== undefined) declaredIn.set(reflection, relative(process.cwd(), file).split(sep).join('/'))
  })

  // A codec and its type share a name and one doc, written once (on the interface or on the const) so that
  // an editor's hover shows it once. TypeDoc gives each its own page and reads each one's comment from
  // its own declaration only: the one written without a doc takes its namesake's.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const byName = new Map()
      for (const child of module.children ?? []) {
        if (!child.kindOf(ReflectionKind.Variable | ReflectionKind.Interface | ReflectionKind.TypeAlias)) continue
        byName.set(child.name, [...(byName.get(child.name) ?? []), child])
      }
      for (const namesakes of byName.values()) {
        const documented = namesakes.find((r) => r.hasComment())
        if (documented === undefined) continue
        for (const r of namesakes) if (!r.hasComment()) r.comment = documented.comment.clone()
      }
    }
  })

  // Before TypeDoc's GroupPlugin (priority -100) reads the `@group` tags.
  app.converter.on(Converter.EVENT_RESOLVE_END, () => {
    for (const [reflection, file] of declaredIn) {
      const group = ENTRY_POINTS.includes(reflection.name)
        ? ENTRY_GROUP
        : GROUPS.find(([, pattern]) => pattern.test(file))?.[0]
      if (group === undefined) continue
      // A re-export (a Reference) is documented where it is declared; any other member without a comment
      // is left without one (a `@group` tag would count as one), for `notDocumented` to report.
      const comment =
        reflection.comment ??
        reflection.signatures?.[0]?.comment ??
        (reflection.kindOf(ReflectionKind.Reference) ? (reflection.comment = new Comment()) : undefined)
      if (comment === undefined) continue
      comment.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: group }]))
    }
  })

  // After GroupPlugin sorted each group alphabetically: entry points in reading order.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
        const entries = module.groups?.find((g) => g.title === ENTRY_GROUP)
        entries?.children.sort((a, b) => ENTRY_POINTS.indexOf(a.name) - ENTRY_POINTS.indexOf(b.name))
      }
    },
    -200,
  )

  app.renderer.hooks.on('content.begin', (context) => {
    if (!context.page.model.isProject()) return JSX.createElement(JSX.Fragment, null)
    const project = context.page.model
    const modules = project.getChildrenByKind(ReflectionKind.Module)
    const links = ENTRY_POINTS.flatMap((name) => {
      const target = modules.map((m) => m.getChildByName(name)).find((r) => r !== undefined)
      return target === undefined
        ? []
        : [JSX.createElement('a', { href: context.urlTo(target) }, JSX.createElement('code', null, name))]
    })
    const join = (items) => items.flatMap((item, i) => (i === 0 ? [item] : [', ', item]))
    return JSX.createElement(
      'p',
      { class: 'tsd-entry-points' },
      JSX.createElement('strong', null, `${ENTRY_GROUP}: `),
      ...join(links),
      '. Modules: ',
      ...join(
        modules.map((m) => JSX.createElement('a', { href: context.urlTo(m) }, JSX.createElement('code', null, m.name))),
      ),
      '.',
    )
  })
}
