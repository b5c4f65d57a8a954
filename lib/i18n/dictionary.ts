// Every message of the extension, by area. Each area lives in messages/<area>.ts with both languages.
import common from './messages/common';

export const AREAS = { common } as const;

export const en = { ...common.en };
export const zh_CN: Record<MessageKey, string> = { ...common.zh_CN };
export type MessageKey = keyof typeof en;
