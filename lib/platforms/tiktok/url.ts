// What a TikTok URL points at. Handles are 2-24 letters, digits, underscores and dots.
import { safeDecode } from '../url-text';

export { sameHandle } from '../url-text';

export type TikTokPage =
  | { kind: 'profile'; handle: string }
  | { kind: 'video'; handle: string; videoId: string; format: 'video' | 'photo' };

const HANDLE = /^@([A-Za-z0-9_.]{1,24})$/;

export function isTikTokHost(hostname: string): boolean {
  return hostname === 'tiktok.com' || hostname.endsWith('.tiktok.com');
}

export function parseTikTokUrl(url: URL): TikTokPage | null {
  if (!isTikTokHost(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean).map(safeDecode);
  const handle = HANDLE.exec(parts[0] ?? '')?.[1];
  if (handle === undefined) return null;
  if (parts.length === 1) return { kind: 'profile', handle };
  const [, section, id] = parts;
  if ((section === 'video' || section === 'photo') && id !== undefined && /^\d{5,25}$/.test(id)) {
    return { kind: 'video', handle, videoId: id, format: section };
  }
  return null;
}

