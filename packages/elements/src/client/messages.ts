import type { Locale } from '@yizhan/core/i18n';

/** Messages of problems the client finds itself (no answer, an answer that is not JSON). */
const messages: Readonly<Record<Locale, Readonly<Record<ClientProblemCode, string>>>> = {
  'zh-CN': {
    network: '无法连接服务器，请检查网络后重试。',
    bad_answer: '服务器的回答无法识别，请稍后重试；如果一直出现，请联系网站管理员。',
  },
  en: {
    network: 'The server cannot be reached. Check the connection and retry.',
    bad_answer:
      'The server gave an answer that could not be read. Retry later; if it persists, tell the site administrator.',
  },
};

/** Codes of problems the client reports without an answer from the server. */
export type ClientProblemCode = 'network' | 'bad_answer';

/** The message of a client-side problem in a locale. */
export function clientMessage(code: ClientProblemCode, locale: Locale): string {
  return messages[locale][code];
}
