import type { ErrorCode } from '../api';

/**
 * An error whose message is meant for the user (Chinese), with a machine-readable code the UI can act on
 * (e.g. retry later on FILE_LOCKED, offer “另存为” on READ_ONLY). Hosts pass both through unchanged; any other
 * error is logged and replaced by a generic message with code INTERNAL.
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly code: ErrorCode = 'REFUSED',
  ) {
    super(message);
  }
}
