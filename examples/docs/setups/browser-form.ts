// Setup of the <yz-form> samples (docs/elements.md), bundled for the browser: the form on
// the page, and a resume token for drafts kept on the host's server.
import '@yizhan/elements/define';
import type { YzForm } from '@yizhan/elements';

/** The `<yz-form>` of the page. */
export const form = document.querySelector('yz-form') as YzForm;
/** The resident's resume token (续填码). */
export const token = 'resume-token';
