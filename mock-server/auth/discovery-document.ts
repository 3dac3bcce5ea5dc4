/**
 * The metadata Okta's custom authorization server publishes at its two well-known paths,
 * trimmed to what an access-token verifier and a dev client read. Optional endpoints the dev
 * server lacks (userinfo, introspection, revocation, logout) are left out rather than
 * advertised; the two the specs require are listed and answer 501 with what to do instead.
 */
export function describeAuthServer(issuer: string) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/v1/authorize`,
    token_endpoint: `${issuer}/v1/token`,
    jwks_uri: `${issuer}/v1/keys`,
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
    subject_types_supported: ['public'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'private_key_jwt', 'none'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
    claims_supported: ['iss', 'sub', 'aud', 'iat', 'exp', 'jti', 'uid', 'cid', 'scp', 'ver'],
  };
}
