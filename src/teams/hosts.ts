// Where Teams runs the tab: the hosts that may frame the queue's pages (CSP frame-ancestors), and which pages those
// are. Sign-in, setup and the second factor stay unframeable: in Teams the tab signs in by SSO, never by password.

/** The Teams web and desktop clients' origins (classic and the new `cloud.microsoft` domain). */
export const teamsFrameAncestors = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.teams.cloud.microsoft',
] as const;

/** teams-js fetches its current list of valid Teams hosts from Microsoft's CDN when it starts. */
export const teamsJsConnectOrigins = ['https://res.cdn.office.net'] as const;

const passwordPages = /^\/review\/(sign-in|setup|mfa)(\/|$)/;

/** The dashboard pages the Teams tab shows (the queue, records, insights, audit, staff). */
export const isTeamsTabPath = (path: string): boolean =>
  (path === '/review' || path.startsWith('/review/')) && !passwordPages.test(path);
