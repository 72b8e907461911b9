/**
 * Fixture builders for testing a callback handler without waiting for Tencent: each returns a
 * typed value and the body Tencent would send for it —
 * `import { smartCoverCallback } from 'tencent-ci-callback/testing'`. Its own entry point, so the
 * main entry does not carry them.
 *
 * @module tencent-ci-callback/testing
 */

export { fixture, jsonFixture, type Fixture } from './fixture'
export {
  failedTranscodeCallback,
  failedTranscodeJob,
  smartCoverCallback,
  smartCoverJob,
  taskFinishCallback,
  workflowJob,
} from './jobs'
export { workflowFinishCallback } from './workflow'
export { moderationDetailCallback, moderationSimpleCallback } from './moderation'
