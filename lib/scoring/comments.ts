// Comment quality: how many of the comments a post page shows carry no words of their own.
// Bought or pod engagement leaves emoji-only, generic ("wow", "nice pic"), mention-only and
// duplicated comments; when they make up half or more of a post's comments it is a warning sign
// (HypeAuditor's comment-authenticity check). Pure and total: empty input gives a null share.

export interface CommentQuality {
  /** Comments read (blank ones are not comments and are left out). */
  total: number;
  /** Only emoji, symbols, punctuation and whitespace: "😍😍", "🔥🔥🔥", "!!!". */
  emojiOnly: number;
  /** Short stock praise from GENERIC_PHRASES, whatever the case and emoji around it: "Wow 🔥". */
  generic: number;
  /** Only @handles (with emoji or punctuation at most): "@amy @jo". */
  mentionOnly: number;
  /** Repeats of a comment written before it (same text after normalising); the first is not counted. */
  duplicates: number;
  /** Comments in any of the classes above, each counted once (the classes may overlap). */
  lowQuality: number;
  /** lowQuality / total; null when there are no comments. */
  lowQualityShare: number | null;
}

/**
 * Stock praise, written in lower case without accents or decoration: en, zh, es/pt.
 * Kept small on purpose: only phrases that say nothing about the post itself.
 */
export const GENERIC_PHRASES: ReadonlySet<string> = new Set([
  // en
  'nice', 'wow', 'love it', 'love this', 'amazing', 'awesome', 'so cute', 'cute', 'great', 'cool',
  'beautiful', 'so beautiful', 'lovely', 'nice pic', 'nice video', 'nice post', 'great post',
  // zh
  '好看', '太好看了', '好美', '太美了', '赞', '赞赞赞', '棒',
  // es / pt
  'lindo', 'linda', 'hermosa', 'hermoso', 'top', 'que lindo', 'que linda', 'bonito', 'muito lindo',
]);

// Parts of emoji that are not pictographs themselves: skin tones, flag letters, the zero-width
// joiner, variation selectors and tag characters (subdivision flags).
const EMOJI_PARTS = String.raw`\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0e\ufe0f\u{e0020}-\u{e007f}`;
/** One emoji, symbol, punctuation or whitespace character. */
const DECORATION = `[${EMOJI_PARTS}\\p{S}\\p{P}\\p{Me}\\s]`;
const ONLY_DECORATION = new RegExp(`^${DECORATION}*$`, 'u');
const EDGE_DECORATION = new RegExp(`^${DECORATION}+|${DECORATION}+$`, 'gu');
/** Keycap emoji ("1️⃣", "#️⃣") start with a digit or sign: taken out whole before the test. */
const KEYCAP = /[0-9#*]\ufe0f?\u20e3/gu;
/** @handles of all three platforms: letters of any script, digits, "_", "." and "-". */
const HANDLE = /@[\p{L}\p{M}\p{N}_.\-]+/gu;

function isEmojiOnly(text: string): boolean {
  return ONLY_DECORATION.test(text.replace(KEYCAP, '🔢'));
}

/** Lower case, accents dropped, emoji and punctuation around it removed: "¡Qué lindo! 😍" -> "que lindo". */
function phraseOf(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(EDGE_DECORATION, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/gu, ' ');
}

function isMentionOnly(text: string): boolean {
  const rest = text.replace(HANDLE, '');
  return rest !== text && ONLY_DECORATION.test(rest);
}

/** The form two comments must share to be duplicates: case, width, spacing and emoji style ignored. */
function normalised(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\ufe0e\ufe0f]/gu, '').replace(/\s+/gu, ' ').trim();
}

/** Counts the low-quality comments among `texts` (the visible comments of one post or several). */
export function commentQuality(texts: readonly string[]): CommentQuality {
  const seen = new Set<string>();
  const counts: CommentQuality = { total: 0, emojiOnly: 0, generic: 0, mentionOnly: 0, duplicates: 0, lowQuality: 0, lowQualityShare: null };
  for (const raw of texts) {
    const text = raw.trim();
    if (text === '') continue;
    counts.total++;
    const key = normalised(text);
    const emojiOnly = isEmojiOnly(text);
    const generic = GENERIC_PHRASES.has(phraseOf(text));
    const mentionOnly = isMentionOnly(text);
    const duplicate = seen.has(key);
    seen.add(key);
    if (emojiOnly) counts.emojiOnly++;
    if (generic) counts.generic++;
    if (mentionOnly) counts.mentionOnly++;
    if (duplicate) counts.duplicates++;
    if (emojiOnly || generic || mentionOnly || duplicate) counts.lowQuality++;
  }
  counts.lowQualityShare = counts.total === 0 ? null : counts.lowQuality / counts.total;
  return counts;
}
