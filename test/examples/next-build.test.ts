// The Next.js recipe, placed where its comment says, must pass a real `next build` (which checks
// that a route file exports only handlers and route config) and then answer callbacks under
// `next start`. The app is built offline: telemetry off, and, where the machine allows it, in a
// network namespace with no network at all (`unshare -rn`).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { post } from '../http/loopback'
import { SECRET, SEED_JOB_LINE, XML } from './recorder'

const ROOT = join(__dirname, '..', '..')
const NEXT = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')

/** A Next.js app with only the recipe, and the package's sources standing in for the installed package. */
const writeApp = (dir: string): void => {
  const route = join(dir, 'app', 'ci-callback', '[secret]')
  mkdirSync(route, { recursive: true })
  cpSync(join(ROOT, 'examples', 'next-route.ts'), join(route, 'route.ts'))
  cpSync(join(ROOT, 'examples', 'receiver.ts'), join(route, 'receiver.ts'))
  cpSync(join(ROOT, 'src'), join(dir, 'vendor', 'tencent-ci-callback'), { recursive: true })
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  // The package's own `imports` map, should the sources use one (`#…` specifiers).
  const { imports }: { imports?: unknown } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'ci-callback-next-app', private: true, imports }))
  writeFileSync(join(dir, 'next.config.mjs'), 'export default { eslint: { ignoreDuringBuilds: true } }\n')
  const compilerOptions = {
    target: 'ES2022',
    lib: ['dom', 'dom.iterable', 'ES2022'],
    strict: true,
    noEmit: true,
    module: 'esnext',
    moduleResolution: 'bundler',
    esModuleInterop: true,
    skipLibCheck: true,
    isolatedModules: true,
    resolveJsonModule: true,
    jsx: 'preserve',
    plugins: [{ name: 'next' }],
    paths: { 'tencent-ci-callback': ['./vendor/tencent-ci-callback/index.ts'] },
  }
  const include = ['next-env.d.ts', 'app/**/*.ts', '.next/types/**/*.ts']
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include }, null, 2))
}

const offline = spawnSync('unshare', ['-rn', 'true']).status === 0

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })

describe('examples/next-route.ts in a Next.js 15 app', () => {
  let dir = ''
  let server: ChildProcess | undefined
  let output = ''
  const { CI_CALLBACK_SECRET: _unset, ...inherited } = process.env
  const env: NodeJS.ProcessEnv = { ...inherited, NEXT_TELEMETRY_DISABLED: '1', CI: '1' }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ci-callback-next-'))
    writeApp(dir)
  })

  afterAll(async () => {
    if (server?.pid !== undefined && server.exitCode === null) {
      const closed = new Promise((resolve) => server?.on('close', resolve))
      process.kill(-server.pid, 'SIGTERM')
      await closed
    }
    if (dir !== '') rmSync(dir, { recursive: true, force: true })
  })

  it('passes `next build` without network and without CI_CALLBACK_SECRET', () => {
    const command = offline
      ? ['unshare', ['-rn', process.execPath, NEXT, 'build']]
      : [process.execPath, [NEXT, 'build']]
    const [file, args] = command
    const build = spawnSync(String(file), Array.isArray(args) ? args : [], { cwd: dir, env, encoding: 'utf8' })
    const log = `${build.stdout}${build.stderr}`
    expect({ status: build.status, log }).toEqual({ status: 0, log: expect.stringContaining('/ci-callback/[secret]') })
    expect(log).toContain('Checking validity of types')
    expect(log).not.toMatch(/is not a valid Route export field/)
  }, 300_000)

  it('answers a callback under `next start`: 200 and the job logged, 404 without the secret', async () => {
    const port = await freePort()
    server = spawn(process.execPath, [NEXT, 'start', '-H', '127.0.0.1', '-p', String(port)], {
      cwd: dir,
      env: { ...env, CI_CALLBACK_SECRET: SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    await new Promise<void>((resolve, reject) => {
      server?.stdout?.on('data', () => {
        if (/Ready in/.test(output)) resolve()
      })
      server?.on('close', () => reject(new Error(`next start exited:\n${output}`)))
    })
    const url = `http://127.0.0.1:${port}/ci-callback`
    expect(await post(`${url}/${SECRET}`, XML, 'application/xml')).toMatchObject({ status: 200, text: 'OK' })
    expect((await post(`${url}/guess`, XML, 'application/xml')).status).toBe(404)
    expect(output).toContain(SEED_JOB_LINE)
  }, 120_000)
})
