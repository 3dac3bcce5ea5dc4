import type { OktaUser } from './okta-user.ts';

/**
 * The user with the `_links` Okta sends for an ACTIVE user, pointing at this mock's URL
 * (which is known only once the server listens, hence built per answer).
 */
export function withLinks(user: OktaUser, baseUrl: string): OktaUser {
  const self = `${baseUrl}/api/v1/users/${user.id}`;
  const lifecycle = (action: string) => ({
    href: `${self}/lifecycle/${action}`,
    hints: { allow: ['POST'] },
  });

  return {
    ...user,
    _links: {
      self: { href: self },
      schema: { href: `${baseUrl}/api/v1/meta/schemas/user/${user.type.id}` },
      type: { href: `${baseUrl}/api/v1/meta/types/user/${user.type.id}` },
      resetPassword: lifecycle('reset_password'),
      suspend: lifecycle('suspend'),
      deactivate: lifecycle('deactivate'),
      changePassword: { href: `${self}/credentials/change_password`, hints: { allow: ['POST'] } },
    },
  };
}
