import { LIST_FIELDS } from './list-fields'
import { pathAutomaton, type PathState } from './path-automaton'
import { SINGLE_FIELDS } from './single-fields'

const automaton = pathAutomaton(LIST_FIELDS, SINGLE_FIELDS)

/** The top-level state of the automaton over `LIST_FIELDS` and `SINGLE_FIELDS` the normaliser walks. */
export const FIELD_PATHS: PathState = automaton.start

/** The state after the element `name`, from `state` (the start state when `name` begins no field's path). */
export const stepPath: (state: PathState, name: string) => PathState = automaton.step

/**
 * True when the element `name`, inside the elements `parents` (outermost first, no indices),
 * is a list (`LIST_FIELDS`).
 *
 * @example
 * isListField(['JobsDetail', 'Operation', 'MediaInfo', 'Stream'], 'Video') // true
 */
export const isListField = (parents: ReadonlyArray<string>, name: string): boolean =>
  stepPath(
    parents.reduce((state, parent) => stepPath(state, parent), FIELD_PATHS),
    name,
  ).list
