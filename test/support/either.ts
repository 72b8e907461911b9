import * as E from 'fp-ts/lib/Either.js'

/** The right value, or a test failure that shows the left. */
export const getRight = <L, R>(result: E.Either<L, R>): R => {
  if (E.isLeft(result)) throw new Error(`expected Right, got Left: ${JSON.stringify(result.left, null, 2)}`)
  return result.right
}

/** The left value, or a test failure that shows the right. */
export const getLeft = <L, R>(result: E.Either<L, R>): L => {
  if (E.isRight(result)) throw new Error(`expected Left, got Right: ${JSON.stringify(result.right).slice(0, 500)}`)
  return result.left
}
