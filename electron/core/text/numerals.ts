/**
 * Chinese numerals as 公文 write them in heading numbers (一、（十二）) and ordinals (一是、第三): both
 * directions, one definition. Pure: no Node, Electron or DOM imports.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const VALUE: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (enough for heading numbers; 100 and up stay Arabic). */
export function chineseNumeral(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  return String(n);
}

/**
 * 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23, 两 → 2, 〇/零 → 0, and Arabic digits as they are (12 → 12);
 * NaN for anything else (一二, 十十, 百).
 */
export function parseChineseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? VALUE[s] ?? NaN : NaN;
  const tens = i === 0 ? 1 : s.length > 1 && i === 1 ? VALUE[s[0]] : NaN;
  const ones = i === s.length - 1 ? 0 : i === s.length - 2 ? VALUE[s[i + 1]] : NaN;
  return tens >= 1 && ones !== undefined ? tens * 10 + ones : NaN;
}
