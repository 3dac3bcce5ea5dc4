import { createRemoteJWKSet } from 'jose';

type KeySet = ReturnType<typeof createRemoteJWKSet>;

/**
 * Finds the issuer's signing keys through its OpenID discovery document, once, and keeps the
 * remote key set (jose caches the keys and refetches on an unknown `kid`). A failed lookup is
 * forgotten so the next request tries again.
 */
export function createJwksLookup(issuer: string): () => Promise<KeySet> {
  let keySet: Promise<KeySet> | undefined;

  async function discover(): Promise<KeySet> {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`discovery answered ${response.status}`);

    const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    if (document.issuer !== issuer) throw new Error('discovery names another issuer');
    if (typeof document.jwks_uri !== 'string') throw new Error('discovery has no jwks_uri');

    return createRemoteJWKSet(new URL(document.jwks_uri), { timeoutDuration: 5000 });
  }

  return () => {
    keySet ??= discover().catch((error: unknown) => {
      keySet = undefined;
      throw error;
    });

    return keySet;
  };
}
