/** A refusal of a session command: an i18n key of the "sessions" namespace and the HTTP status to answer with. */
export class MeetingError extends Error {
  constructor(
    public readonly key: string,
    public readonly status: 400 | 403 | 404 | 409,
  ) {
    super(key);
  }
}
