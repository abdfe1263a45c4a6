/** An error whose message is meant for the user (Chinese); hosts pass it through unchanged, others are logged and replaced by a generic message. */
export class UserError extends Error {
  override name = 'UserError';
}
