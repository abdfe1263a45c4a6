import { describe, expect, it } from 'vitest';
import { countHan, countSpokenChars } from './chars';

describe('countSpokenChars (读音字数: 讲话时长, 长句长段)', () => {
  it('counts Han, punctuation and digits one each, a Latin word as one, whitespace as none', () => {
    expect(countSpokenChars('同志们：')).toBe(4);
    expect(countSpokenChars('2024年')).toBe(5);
    expect(countSpokenChars('　　推进 Office 培训！')).toBe(6);
    expect(countSpokenChars('【年份】')).toBe(4);
    expect(countSpokenChars('')).toBe(0);
  });
});

describe('countHan (汉字数: the status bar, the guidance card, the corpus)', () => {
  it('counts characters of the Han script only', () => {
    expect(countHan('同志们：')).toBe(3);
    expect(countHan('2024年')).toBe(1);
    expect(countHan('　　推进 Office 培训！')).toBe(4);
    expect(countHan('【年份】')).toBe(2);
    expect(countHan('')).toBe(0);
  });
  it('knows the Han characters outside the common block: extension A and B, compatibility ideographs, 〇 and 々', () => {
    expect(countHan('㐀')).toBe(1); // U+3400, extension A
    expect(countHan('𠀀𪚥')).toBe(2); // extension B, surrogate pairs
    expect(countHan('豈')).toBe(1); // U+F900, compatibility
    expect(countHan('二〇二四年')).toBe(5);
    expect(countHan('人々')).toBe(2);
    expect(countHan('😀é１Ａ，。“”')).toBe(0);
  });
  it('agrees with Unicode’s Script=Han on every BMP character', () => {
    let expected = 0;
    let all = '';
    for (let c = 0; c < 0xd800; c++) {
      const ch = String.fromCharCode(c);
      all += ch;
      if (/\p{Script=Han}/u.test(ch)) expected++;
    }
    for (let c = 0xe000; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      all += ch;
      if (/\p{Script=Han}/u.test(ch)) expected++;
    }
    expect(countHan(all)).toBe(expected);
  });
});
