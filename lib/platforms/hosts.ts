// The only sites Creator Lens reads. The manifest's host permissions and the content
// script's matches are both built from this list, so they cannot drift apart.
import { PLATFORM_DOMAINS, PLATFORMS } from '../schema/limits';

export const CREATOR_HOST_PATTERNS = PLATFORMS.map((platform) => `*://*.${PLATFORM_DOMAINS[platform]}/*`);
