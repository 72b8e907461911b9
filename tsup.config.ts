import { defineConfig } from 'tsup'

// One entry, two module formats, declarations for both. io-ts, fp-ts and
// fast-xml-parser stay external (peer / runtime dependencies), so users share
// one copy of `Either` with their own code.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: false,
  treeshake: true,
})
