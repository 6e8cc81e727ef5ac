// A custom flow step added with defineStep: phone verification by SMS code (短信验证).
// On entry a job (an async handler) asks the host to send a code by SMS; the person then
// enters the code in a form. Three wrong codes lead to `failed`.
import {
  type BuildContext,
  defineStep,
  type FlowContext,
  type FlowEvent,
  type FlowHooks,
  humanStepBase,
  type JobInput,
  patchStep,
  stepIdSchema,
  z,
} from '@yizhan/core/flow';

/** The host hooks this step calls: send an SMS, and make a code (injectable for tests). */
export interface SmsHooks {
  sendSms(phone: string, text: string): Promise<void>;
  makeCode(): string;
}

/** The step's config: where the phone number is, where to go next, and on failure. */
export const verifyPhoneSchema = z.strictObject({
  ...humanStepBase,
  type: z.literal('verify-phone'),
  /** The field of an earlier form that holds the mainland mobile number. */
  phoneField: z.string().min(1),
  next: stepIdSchema,
  failed: stepIdSchema,
  attempts: z.int().min(1).max(10).optional(),
});

/** A `verify-phone` step as written. */
export type VerifyPhoneStep = z.infer<typeof verifyPhoneSchema>;

/** The form the person types the code into. */
export const smsCodeForm = {
  schemaVersion: 1 as const,
  id: 'sms-code',
  version: 1,
  title: { 'zh-CN': '短信验证码', en: 'SMS code' },
  fields: [
    {
      type: 'text' as const,
      key: 'smsCode',
      label: { 'zh-CN': '验证码', en: 'Code' },
      required: true,
    },
  ],
};

type Args = { context: FlowContext; event: FlowEvent };

/** The step type: register it with `createStepRegistry([verifyPhoneStep])`. */
export const verifyPhoneStep = defineStep<VerifyPhoneStep>({
  type: 'verify-phone',
  schema: verifyPhoneSchema,
  human: true,
  form: smsCodeForm,
  targets: (step) => [
    { label: 'verified', step: step.next, path: ['next'] },
    { label: 'failed', step: step.failed, path: ['failed'] },
  ],
  fields: (step) => [{ key: step.phoneField, path: ['phoneField'] }],
  build: (step: VerifyPhoneStep, ctx: BuildContext) => {
    const limit = step.attempts ?? 3;
    const record = (context: FlowContext) => context.steps[step.id] ?? { since: '' };
    const matches = ({ context, event }: Args) => record(context).code === event.data.smsCode;
    const tooMany = ({ context }: Args) => Number(record(context).attempts ?? 0) + 1 >= limit;
    const countAttempt = patchStep(step.id, (context) => ({
      attempts: Number(record(context).attempts ?? 0) + 1,
    }));
    const keepCode = patchStep(step.id, (_, event) => ({ code: String(event.data.code) }));
    return {
      state: {
        initial: 'sending',
        states: {
          sending: {
            on: { [ctx.event(step.id, 'sent')]: { target: 'waiting', actions: keepCode } },
          },
          waiting: {
            on: {
              [ctx.event(step.id, 'verify')]: [
                { guard: matches, target: ctx.target(step.next), actions: ctx.merge },
                { guard: tooMany, target: ctx.target(step.failed), actions: countAttempt },
                { actions: countAttempt },
              ],
            },
          },
        },
      } as never,
      tasks: [
        {
          key: step.id,
          stepId: step.id,
          state: { [step.id]: 'waiting' },
          actions: [{ name: 'verify', form: smsCodeForm.id }],
          form: smsCodeForm.id,
          assign: step.assign,
          due: step.due,
          overdue: step.overdue,
        },
      ],
      timers: [
        {
          kind: 'job',
          key: `${step.id}.sms`,
          stepId: step.id,
          state: { [step.id]: 'sending' },
          event: ctx.event(step.id, 'sent'),
          run: async (input: JobInput, hooks: FlowHooks) => {
            const sms = hooks as unknown as SmsHooks;
            const phone = String(input.data[step.phoneField] ?? '');
            const code = sms.makeCode();
            await sms.sendSms(phone, `【驿站】您的验证码是 ${code}，10 分钟内有效。`);
            // A real host would keep a hash; the example keeps the code to stay short.
            return { code };
          },
        },
      ],
    };
  },
});
