// One way to write each kind of figure, in English and in Chinese: counts compact from 10,000 with
// "≈" only where the page rounded, the full figure behind them, percentages to two decimals.
import { describe, expect, it } from 'vitest';
import { compactInFull, describeCount, formatCompact, formatCount, formatPercent } from '../../../lib/i18n/format';
import { percent } from '../../../lib/i18n/percent';
import { exact, rounded } from '../../helpers/snapshots';
import { useLocale } from '../../helpers/i18n';

describe('counts in lists, cards and charts', () => {
  it.each([
    ['zero', exact(0), '0', '0'],
    ['the largest count in full digits', exact(9_999), '9,999', '9,999'],
    ['the smallest compact count', exact(10_000), '10K', '1万'],
    ['an exact count of millions', exact(1_234_567), '1.2M', '123.5万'],
    ['a count the page showed as "21.5M"', rounded(21_500_000, 21_450_000, 21_549_999, '21.5M'), '≈21.5M', '≈2150万'],
    ['a count the page showed as "1.2K", below 10,000', rounded(1_200, 1_150, 1_249, '1.2K'), '≈1,200', '≈1,200'],
  ])('%s: %s in English, %s in Chinese', (_name, count, english, chinese) => {
    expect(formatCount(count, 'en')).toBe(english);
    expect(formatCount(count, 'zh-CN')).toBe(chinese);
  });

  it('writes a count that could not be read as unknown, never 0', () => {
    expect(formatCount(null, 'en')).toBe('unknown');
  });

  it('never puts "≈" before a count the page gave exactly, however short it is written', () => {
    expect(formatCount(exact(48_213), 'en')).toBe('48.2K');
    expect(formatCount(rounded(48_200, 48_150, 48_249, '48.2K'), 'en')).toBe('≈48.2K');
  });

  it.each([
    [9_999, '9,999', '9,999'],
    [10_000, '10K', '1万'],
    [12_500, '12.5K', '1.3万'],
    [1_234_567, '1.2M', '123.5万'],
    [-12_000, '-12K', '-1.2万'],
  ])('on an axis or in a caption, %d reads %s (%s)', (value, english, chinese) => {
    expect(formatCompact(value, 'en')).toBe(english);
    expect(formatCompact(value, 'zh-CN')).toBe(chinese);
  });

  it('has full digits for a tooltip only where it writes a figure short', () => {
    expect(compactInFull(1_459_501, 'en')).toBe('1,459,501');
    expect(compactInFull(6_150, 'en')).toBeUndefined();
  });
});

describe('what a short count stands for, in its tooltip', () => {
  it('gives the exact figure behind a compact one', () => {
    expect(describeCount(exact(1_234_567), 'en')).toBe("Exactly 1,234,567, from the page's embedded data");
  });

  it('gives the range a rounded one allows', () => {
    expect(describeCount(rounded(21_500_000, 21_450_000, 21_549_999, '21.5M'), 'en')).toBe(
      'Rounded on the page as “21.5M”: between 21,450,000 and 21,549,999 (from the visible text)',
    );
  });

  describe('in Chinese', () => {
    useLocale('zh_CN');
    it('writes a count that could not be read as unknown', () => {
      expect(formatCount(null, 'zh-CN')).toBe('未知');
    });

    it('gives the exact figure or the range, with where it came from', () => {
      expect(describeCount(exact(1_234_567), 'zh-CN')).toBe('精确值 1,234,567，来自页面内嵌数据');
      expect(describeCount(rounded(21_500_000, 21_450_000, 21_549_999, '2150万'), 'zh-CN')).toBe(
        '页面上显示的是约数“2150万”：介于 21,450,000 与 21,549,999 之间（来自页面上显示的文字）',
      );
    });
  });
});

describe('percentages, on screen and in messages alike', () => {
  it.each([
    ['zero', 0, '0.00%'],
    ['a whole percentage keeps its decimals', 0.04, '4.00%'],
    ['a rate of a few percent', 0.126, '12.60%'],
    ['rates below one percent that differ by a hundredth', 0.0047, '0.47%'],
    ['the next one', 0.0048, '0.48%'],
    ['the smallest rate two decimals show', 0.00005, '0.01%'],
    ['a rate too small for two decimals, yet not zero', 0.00004, '<0.01%'],
    ['a tiny rate', 1e-9, '<0.01%'],
    ['a rate above 100%, with its thousands separated', 12.345, '1,234.50%'],
    ['a fall', -0.2, '-20.00%'],
    ['a fall too small for two decimals', -0.00001, '>-0.01%'],
  ])('%s: %s reads %s', (_name, ratio, shown) => {
    expect(percent(ratio)).toBe(shown);
    expect(formatPercent(ratio)).toBe(shown);
  });

  it('writes an unknown or impossible ratio as unknown, never NaN', () => {
    expect(formatPercent(null)).toBe('unknown');
    expect(formatPercent(Number.NaN)).toBe('unknown');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('unknown');
  });

  describe('in Chinese', () => {
    useLocale('zh_CN');
    it.each([
      [0.126, '12.60%'],
      [0.00004, '<0.01%'],
      [null, '未知'],
    ])('%s reads %s', (ratio, shown) => {
      expect(formatPercent(ratio)).toBe(shown);
    });
  });
});
