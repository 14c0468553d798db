/** DynamoDB's answer when a condition expression does not hold: the invariant did its job. */
export const isConditionalCheckFailure = (error: unknown): boolean =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';
