// Setup of the widget-client sample (docs/widgets.md), bundled for the browser: the
// portal's own login, a sign-up instance id and a way to show a message.

/** The portal's login state: its bearer token for Yizhan. */
export const portal = { token: 'token-from-the-portal-login' };
/** The id of a sign-up instance (a holiday-care class). */
export const id = 'holiday-care-2026';
/** Shows a message to the visitor. */
export const show = (message: string): void => {
  document.querySelector('#message')?.replaceChildren(message);
};
