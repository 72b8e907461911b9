// `JOB_TAGS` and `JobTag` are derived by the registry from the Tag modules; this module is their old
// address, kept for the modules that import them from here.
export { JOB_TAGS, type JobTag } from './registry'
