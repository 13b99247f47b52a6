// What every dashboard page is rendered with: the reader's language, who is signed in, and the form token.
import type { Translate } from '../../i18n/index.js';
import type { StaffAccount } from '../../store/review-types.js';

export interface PageContext {
  t: Translate;
  language: string;
  /** The practice's time zone: every time on a page is shown in it. */
  timeZone: string;
  /** The signed-in account; absent on the sign-in, setup and second-factor pages. */
  account?: StaffAccount | undefined;
  /** The CSRF token every form on the page sends back. */
  csrf: string;
  /** The path of this page, for the language switch. */
  path: string;
}
