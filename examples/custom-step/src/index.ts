/** The custom-step example: a `verify-phone` step type and a registration flow that uses it. */
export {
  type SmsHooks,
  smsCodeForm,
  type VerifyPhoneStep,
  verifyPhoneStep,
} from './verify-phone-step';
