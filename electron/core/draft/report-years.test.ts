import { describe, expect, it } from 'vitest';
import { formatYearLike, parseYear, sourceYears, yearMoves, yearsIn } from './report-years';
import { smallReport } from './test-helpers';

describe('years written three ways', () => {
  it('reads ASCII, full-width and Chinese digits, and writes a year back in the same digits', () => {
    expect([parseYear('2025'), parseYear('２０２５'), parseYear('二〇二五'), parseYear('二○二五'), parseYear('20××'), parseYear('12345')]).toEqual([2025, 2025, 2025, 2025, null, null]);
    expect([formatYearLike(2026, '2025'), formatYearLike(2026, '２０２５'), formatYearLike(2026, '二〇二五'), formatYearLike(2030, '二○二五')]).toEqual(['2026', '２０２６', '二〇二六', '二○三○']);
  });
  it('finds years written before 年, not other four-digit numbers', () => {
    expect(yearsIn('2025年和“十四五”时期，二〇二六年一月，增长2025人，12025年')).toEqual([2025, 2026]);
  });
});

describe('the years a report is about', () => {
  it('report year from the title, review and plan years from the part headings; all three move on together', () => {
    const y = sourceYears(smallReport());
    expect(y).toMatchObject({ report: 2025, review: 2024, plan: 2025 });
    expect(y.evidence).toEqual(['报告年份2025年（据标题）', '回顾2024年（据回顾部分标题）', '部署2025年（据任务部分标题）']);
    expect([...yearMoves(y, 2026)]).toEqual([
      [2024, 2025],
      [2025, 2026],
    ]);
    expect(yearMoves(y, 2025).size).toBe(0);
    expect(yearMoves({ report: null, review: null, plan: null, evidence: [] }, 2026).size).toBe(0);
  });
  it('without a title year: from the byline date, else the review’s most frequent year', () => {
    const byline = smallReport().byline;
    expect(byline).toEqual(['——2025年1月20日在示范市第五届人民代表大会第三次会议上']);
    const untitled = smallReport(SMALL_UNTITLED);
    expect(sourceYears(untitled)).toMatchObject({ report: 2025, review: 2024 });
  });
});

/** The small report with no title, byline or year in its headings: only its review's text names 2024. */
const SMALL_UNTITLED = `各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、过去一年工作回顾
2024年，全市生产总值增长5.2%。2024年城镇新增就业2.8万人。
二、今年主要任务
今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。`;
