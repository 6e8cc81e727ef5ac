// Setup of the custom-step samples (docs/extending.md): the verify-phone step and the
// volunteer registration flow of examples/custom-step, and a stand-in SMS gateway.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyPhoneStep } from '../../custom-step/src/verify-phone-step';

export { verifyPhoneStep };

/** The registration flow that uses `verify-phone`, as JSON text. */
export const registrationJson = readFileSync(
  join(import.meta.dirname, '../../custom-step/src/volunteer-registration.json'),
  'utf8',
);

/** Texts the stand-in gateway "sent". */
export const sentMessages: { phone: string; text: string }[] = [];
/** The host's SMS gateway (短信平台); here it keeps the messages. */
export const smsGateway = {
  send: async (phone: string, text: string) => {
    sentMessages.push({ phone, text });
  },
};
