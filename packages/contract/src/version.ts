/** The API contract's version, reported in the OpenAPI document. */
export const CONTRACT_VERSION = '1.0.0';
