// The only sites Creator Lens reads. The manifest's host permissions and the content
// script's matches are both built from this list, so they cannot drift apart.
export const CREATOR_HOST_PATTERNS = [
  '*://*.tiktok.com/*',
  '*://*.instagram.com/*',
  '*://*.youtube.com/*',
] as const;
