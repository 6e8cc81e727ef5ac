// Setup of the security samples (docs/security.md): the portal's session service that the
// host's authentication hook asks, with one signed-in coordinator.

interface PortalUser {
  readonly userId: string;
  readonly isStationStaff: boolean;
  readonly community: string;
  readonly street: string;
}

const sessions = new Map<string, PortalUser>([
  [
    'session-wang',
    { userId: 'wang-zhan', isStationStaff: true, community: 'chongwen', street: 'hedong' },
  ],
]);

/** The portal's own login (a stand-in for its identity provider or session store). */
export const portalSessions = {
  verify: async (token: string): Promise<PortalUser | 'expired' | null> =>
    token === 'session-old' ? 'expired' : (sessions.get(token) ?? null),
};
