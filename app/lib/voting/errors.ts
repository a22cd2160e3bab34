/** A refusal of a voting command: an i18n key of the "voting" namespace and the HTTP status to answer with. */
export class VoteError extends Error {
  constructor(
    public readonly key: string,
    public readonly status: 400 | 403 | 404 | 409,
  ) {
    super(key);
  }
}
