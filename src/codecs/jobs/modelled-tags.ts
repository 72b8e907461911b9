/** Tags that have their own codec module under `codecs/jobs/`. Adding a Tag module adds it here. */
export const MODELLED_TAGS = ['SmartCover'] as const

/** A Tag with its own codec. */
export type ModelledTag = (typeof MODELLED_TAGS)[number]
