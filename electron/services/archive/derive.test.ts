import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../core/corpus/types';
import { yearOf } from './derive';

const doc = (declaredTitle: string, byline: string[] = [], opening = '', fileName = 'x.txt'): CorpusDocument => ({
  id: 'x#1',
  fileName,
  declaredTitle,
  byline,
  genre: 'speech',
  genreReasons: [],
  opening: opening ? [{ kind: 'paragraph', text: opening, normalized: opening, index: 0 }] : [],
  closing: [],
  sections: [],
  charCount: 0,
});

describe('the year a document is listed under', () => {
  it('is read from its title, its byline or its first lines', () => {
    expect(yearOf(doc('2020年度述职述廉报告'))).toBe(2020);
    expect(yearOf(doc('在全市教育工作会议上的讲话', ['（2010年2月26日）']))).toBe(2010);
    expect(yearOf(doc('政府工作报告', [], '2025年是“十四五”规划收官之年。'))).toBe(2025);
  });

  it('counts a school’s 学年 by the year it starts', () => {
    expect(yearOf(doc('绍兴一中团委2009学年工作计划'))).toBe(2009);
    expect(yearOf(doc('开学典礼讲话', ['——2024学年第一学期开学典礼讲话']))).toBe(2024);
  });

  it('else is the year its file is named by', () => {
    expect(yearOf(doc('博雅通达 求真力行', [], '', '25-sxyz-xiandaihua-gongzuo-huibao-2020.txt'))).toBe(2020);
    expect(yearOf(doc('述职报告', [], '', '旧材料/2019述职（张三）.docx'))).toBe(2019);
    expect(yearOf(doc('2018年工作总结', [], '', '2020-归档.txt'))).toBe(2018);
    expect(yearOf(doc('述职报告', [], '', '20191231.txt'))).toBeNull();
    expect(yearOf(doc('述职报告', [], '', '恢复的材料-3fa2019c0d.txt'))).toBeNull();
    expect(yearOf(doc('述职报告', [], '', '2019/报告.txt'))).toBeNull();
  });

  it('is none when no year is named', () => {
    expect(yearOf(doc('博雅通达 求真力行'))).toBeNull();
    expect(yearOf(doc('关于2009名学生的情况'))).toBeNull();
  });
});
