/**
 * The API versions the local service speaks: the ones the official SDKs the kit depends on send. A request with any
 * other `api-version` is refused, as the real service refuses versions it does not have.
 */

/** The Rooms API version (the one `@azure/communication-rooms` 1.2 sends). */
export const ROOMS_API_VERSION = '2025-03-13';

/** The Identity API version (the one `@azure/communication-identity` 1.3 sends). */
export const IDENTITY_API_VERSION = '2023-10-01';
