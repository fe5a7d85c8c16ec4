/** An operator's situation (a refused command, a damaged file), printed by the CLI in its own words without a stack trace. */
export class OperatorError extends Error {}
