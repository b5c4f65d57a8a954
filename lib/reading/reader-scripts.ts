// The page reader scripts (entrypoints/read-*.ts), by platform and kind of page: ./inject
// injects them, the benchmarks time them.
import type { PageKind, Platform } from '../schema/snapshot';

/** The reader script for each platform's kind of page (YouTube's channels and videos each have their own). */
export const READER_SCRIPTS = {
  tiktok: { profile: '/read-tiktok.js', post: '/read-tiktok.js' },
  instagram: { profile: '/read-instagram.js', post: '/read-instagram.js' },
  youtube: { profile: '/read-youtube-channel.js', post: '/read-youtube-video.js' },
} as const satisfies Record<Platform, Record<PageKind, string>>;
