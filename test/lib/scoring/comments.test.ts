// Comment quality: emoji-only, generic, mention-only and duplicated comments among a post's visible comments.
import { describe, expect, it } from 'vitest';
import { commentQuality, type CommentQuality } from '../../../lib/scoring/comments';

type Classes = Pick<CommentQuality, 'emojiOnly' | 'generic' | 'mentionOnly' | 'duplicates'>;
const NONE: Classes = { emojiOnly: 0, generic: 0, mentionOnly: 0, duplicates: 0 };

describe('commentQuality: one comment at a time', () => {
  it.each<[string, string, Partial<Classes>]>([
    // emoji-only: emoji, symbols, punctuation and whitespace only
    ['emoji', '😍😍😍', { emojiOnly: 1 }],
    ['emoji with spaces and punctuation', ' 🔥 🔥 !! ', { emojiOnly: 1 }],
    ['a ZWJ sequence with a skin tone', '👩🏽‍🍳👏🏻', { emojiOnly: 1 }],
    ['a flag and a keycap', '🇧🇷 1️⃣', { emojiOnly: 1 }],
    ['symbols only', '♥♥ ★', { emojiOnly: 1 }],
    ['punctuation only', '!!!', { emojiOnly: 1 }],
    ['text symbols with a variation selector', '❤️❤︎', { emojiOnly: 1 }],
    // generic: stock praise, any case, emoji and punctuation around it
    ['generic', 'nice', { generic: 1 }],
    ['generic with a trailing emoji', 'wow 🔥', { generic: 1 }],
    ['generic in capitals with punctuation', 'LOVE IT!!!', { generic: 1 }],
    ['generic two words', 'So cute 🥺🥺', { generic: 1 }],
    ['generic with leading emoji', '😍 Amazing', { generic: 1 }],
    ['nice pic', 'Nice pic.', { generic: 1 }],
    ['zh 好看', '好看😍', { generic: 1 }],
    ['zh 太美了', '太美了！', { generic: 1 }],
    ['zh 赞', '赞👍', { generic: 1 }],
    ['es lindo', 'Lindo!!', { generic: 1 }],
    ['es hermosa', 'hermosa ❤️', { generic: 1 }],
    ['pt top', 'TOP 👏👏', { generic: 1 }],
    ['es que lindo with accent and inverted mark', '¡Qué lindo! 😍', { generic: 1 }],
    // mention-only: @handles and nothing else
    ['two mentions', '@amy @jo', { mentionOnly: 1 }],
    ['a mention with dots, a comma and an emoji', '@lena.makeup, @jo_b 😂', { mentionOnly: 1 }],
    ['a non-Latin handle', '@莉娜', { mentionOnly: 1 }],
    // genuine comments
    ['a question', 'Which liner is this?', {}],
    ['praise with content', 'Nice, the crumb is so open!', {}],
    ['a generic word inside a sentence', 'wow, how long did the levain sit?', {}],
    ['a mention with words', '@amy look at this technique', {}],
    ['a number', '10/10', {}],
    ['an e-mail address', 'mail me at jo@example.com', {}],
  ])('%s: %j', (_label, text, classes) => {
    const expected = { ...NONE, ...classes };
    const low = Object.values(expected).some((count) => count > 0) ? 1 : 0;
    expect(commentQuality([text])).toEqual({ total: 1, ...expected, lowQuality: low, lowQualityShare: low });
  });
});

describe('commentQuality: several comments', () => {
  it('has no share without comments, never 0', () => {
    expect(commentQuality([])).toEqual({ total: 0, ...NONE, lowQuality: 0, lowQualityShare: null });
    expect(commentQuality(['', '   '])).toMatchObject({ total: 0, lowQualityShare: null });
  });

  it('counts repeats beyond the first, ignoring case, spacing and emoji style', () => {
    const quality = commentQuality(['Great recipe, thanks', 'great  recipe, THANKS', 'Great recipe, thanks', 'Other text', '❤️', '❤']);
    expect(quality).toMatchObject({ total: 6, duplicates: 3, emojiOnly: 2, lowQuality: 4 });
  });

  it('counts a comment in several classes once in lowQuality', () => {
    // The second "wow 🔥" is generic and a duplicate; the second 😍😍 emoji-only and a duplicate.
    const quality = commentQuality(['wow 🔥', 'wow 🔥', '😍😍', '😍😍', 'What brush is that?']);
    expect(quality).toEqual({ total: 5, emojiOnly: 2, generic: 2, mentionOnly: 0, duplicates: 2, lowQuality: 4, lowQualityShare: 0.8 });
  });

  it('reads a realistic mixed section: half or more low quality is the alarm level', () => {
    const texts = [
      'Finally a tutorial that works with monolids, thank you!',
      '😍😍😍',
      'wow 🔥',
      '@amy @jo',
      'Which liner is this? The tip looks so thin',
      'so cute',
      '😍😍😍',
      'Que lindo 😍',
      '好看',
      'nice',
    ];
    const quality = commentQuality(texts);
    expect(quality).toEqual({ total: 10, emojiOnly: 2, generic: 5, mentionOnly: 1, duplicates: 1, lowQuality: 8, lowQualityShare: 0.8 });
    expect(quality.lowQualityShare).toBeGreaterThanOrEqual(0.5);
  });

  it('finds nothing wrong with genuine comments', () => {
    const quality = commentQuality(['Love the colour of this one', 'Where is this café?', 'Tried it today, worked great']);
    expect(quality).toMatchObject({ total: 3, lowQuality: 0, lowQualityShare: 0 });
  });

  it('leaves its input alone', () => {
    const texts = Object.freeze(['nice', 'nice']);
    commentQuality(texts);
    expect(texts).toEqual(['nice', 'nice']);
  });
});
