// `tencent-ci-callback/testing`: fixture builders for users' tests. Its own entry point, so the
// main entry does not carry them.

export { fixture, type Fixture } from './fixture'
export { smartCoverCallback, smartCoverJob, taskFinishCallback, workflowJob } from './jobs'
