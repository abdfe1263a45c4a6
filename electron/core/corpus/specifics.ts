/**
 * Specifics: the parts of a past report that go stale when it is reused — years, figures,
 * percentages, 届次 and meeting names, plan periods, dates, document numbers, place, unit and
 * person names. One rule table serves two uses: phrases replace them with typed placeholders
 * (`{年份}`), and pasted sections wrap them in `check` leaves so the user verifies each one.
 * Input is normalised text (see normalize.ts): anonymised years arrive as `20××`.
 */

export type SpecificKind = '年份' | '数字' | '百分比' | '届次' | '日期' | '规划期' | '文号' | '地名' | '单位' | '姓名';

export interface SpecificSpan {
  start: number;
  end: number;
  kind: SpecificKind;
  /** Placeholder text that replaces the span, e.g. `{届次}全会` keeps the word 全会 outside the placeholder. */
  replacement: string;
  /** Why the user should check it (Chinese), used as the `check` value of a draft text leaf. */
  reason: string;
}

const CN = '一二三四五六七八九十';
const YEAR = '(?:19|20)(?:\\d\\d|××)';
const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|雄安|中原|京津冀|首府|郑州|武汉|南宁|石家庄|青山区';

interface Rule {
  kind: SpecificKind;
  re: RegExp;
  replace: (m: RegExpExecArray) => string;
  reason: (m: RegExpExecArray) => string;
}

const staleYear = (m: RegExpExecArray) => (m[0].includes('××') ? '年份（原文已隐去）：请填写实际年份' : '年份：请核对是否为本年度');

const RULES: Rule[] = [
  {
    // 十七届五中全会, 十五届六次执委会, 十九届二中、三中、四中全会, 第十七届常委会, 省委九届九次、十次全会
    kind: '届次',
    re: new RegExp(`第?[${CN}]+届(?:[${CN}]+[中次](?:、[${CN}]+[中次])*|历次)?(全会|全委会|执委会|常委会|全体会议|代表大会|委员会)`, 'g'),
    replace: (m) => `{届次}${m[1]}`,
    reason: () => '届次：请核对是否为当前届次的会议',
  },
  {
    kind: '届次',
    re: new RegExp(`第[${CN}]+次(党代会|党代表大会|会员代表大会|代表大会)`, 'g'),
    replace: (m) => `{届次}${m[1]}`,
    reason: () => '会议名称：请核对是否为最近一次会议',
  },
  {
    // 党的十八大, 中国工会十七大, 省工会十三大 (not 十大建设 etc.: needs the organisation before it)
    kind: '届次',
    re: new RegExp(`(?<=党的|工会|共青团|团的)(?:[二三四五六七八九]?十[一二三四五六七八九]?|[${CN}])大(?![会学力局型批幅量多])`, 'g'),
    replace: () => '{届次}',
    reason: () => '会议名称：请核对是否为最近一次代表大会',
  },
  {
    kind: '届次',
    re: /××(全会|届)/g,
    replace: (m) => (m[1] === '全会' ? '{届次}全会' : '{届次}'),
    reason: () => '届次（原文已隐去）：请填写',
  },
  {
    kind: '规划期',
    re: new RegExp(`(?<=[“‘])十[${CN}]?五(?=[”’])|十[一二三四五六七八九]五(?=[”’]|规划|时期)`, 'g'),
    replace: () => '{规划期}',
    reason: () => '规划期：请核对是否为当前五年规划',
  },
  {
    kind: '文号',
    re: new RegExp(`[\\u4e00-\\u9fa5]{1,4}[发办字][〔\\[［（]${YEAR}[〕\\]］）]\\d+号`, 'g'),
    replace: () => '{文号}',
    reason: () => '文号：请核对',
  },
  {
    kind: '日期',
    re: /\d{1,2}月\d{1,2}日(?:[至到—\-－~～]\d{1,2}(?:月\d{1,2})?日)?/g,
    replace: () => '{日期}',
    reason: () => '日期：请核对',
  },
  {
    kind: '年份',
    re: new RegExp(`${YEAR}\\s*[-－—~～至到]?\\s*${YEAR}(?=年)`, 'g'),
    replace: () => '{年份}—{年份}',
    reason: staleYear,
  },
  {
    kind: '年份',
    re: new RegExp(`${YEAR}(?=年|届|[-－—~～至到]|度)`, 'g'),
    replace: () => '{年份}',
    reason: staleYear,
  },
  {
    kind: '百分比',
    re: /\d+(?:\.\d+)?[%％]|百分之[零一二三四五六七八九十百点]+/g,
    replace: () => '{百分比}',
    reason: () => '百分比：请核对最新数据',
  },
  {
    kind: '数字',
    re: /\d+(?:[.,]\d+)*|××/g,
    replace: () => '{数字}',
    reason: (m) => (m[0] === '××' ? '数字（原文已隐去）：请填写' : '数字：请核对最新数据'),
  },
  {
    kind: '地名',
    re: new RegExp(`(?:${PROVINCES})(?:省|市|自治区)?`, 'g'),
    replace: () => '{地名}',
    reason: () => '地名：请改为本地',
  },
  {
    // 市委、市政府 / 县委统战部 / 自治区总工会 / 市委和自治区总工会 — the issuing or leading bodies
    kind: '单位',
    re: /(?<![社园街小城])(?:(?:自治区|省|市|县|区|镇)(?:党委|委(?:统战部|组织部|宣传部)?|人民政府|政府|总工会|人大|政协)[、和]?)+/g,
    replace: () => '{单位}',
    reason: () => '单位名称：请改为本单位或上级单位',
  },
  {
    // 绍兴一中 / 杭州二中: a school's own name (longer names are left to the phrase ranking, which knows rare words)
    kind: '单位',
    re: /[\u4e00-\u9fa5]{2,3}[一二三四五六七八九十]中(?![学央心国华共全])/g,
    replace: () => '{单位}',
    reason: () => '单位名称：请改为本单位',
  },
  {
    kind: '姓名',
    re: /(?<=书记|副书记|主席|委员长|省长|市长|县长|部长|刚才，)[\u4e00-\u9fa5]{2,3}(?=同志)/g,
    replace: () => '{姓名}',
    reason: () => '姓名：请核对',
  },
];

/** All specifics in `text`, non-overlapping, in order (earlier rules win ties). */
export function findSpecifics(text: string): SpecificSpan[] {
  const found: (SpecificSpan & { prio: number })[] = [];
  RULES.forEach((rule, prio) => {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text))) {
      if (m[0] === '') {
        rule.re.lastIndex++;
        continue;
      }
      let end = m.index + m[0].length;
      let replacement = rule.replace(m);
      // A trailing 、/和 kept by the 单位 rule is not part of the span.
      if (rule.kind === '单位' && /[、和]$/.test(m[0])) {
        end--;
        replacement = '{单位}';
      }
      found.push({ start: m.index, end, kind: rule.kind, replacement, reason: rule.reason(m), prio });
    }
  });
  found.sort((a, b) => a.start - b.start || a.prio - b.prio || b.end - a.end);
  const out: SpecificSpan[] = [];
  let pos = 0;
  for (const f of found) {
    if (f.start < pos) continue;
    out.push({ start: f.start, end: f.end, kind: f.kind, replacement: f.replacement, reason: f.reason });
    pos = f.end;
  }
  return out;
}

export interface Placeholdered {
  text: string;
  placeholders: string[];
  /** Characters of the original covered by specifics (0…1), for ranking reusability. */
  specificRatio: number;
}

/** Replace specifics with typed placeholders: `20××年是“十二五”规划…` → `{年份}年是“{规划期}”规划…`. */
export function placeholderize(text: string): Placeholdered {
  const spans = findSpecifics(text);
  let out = '';
  let pos = 0;
  let covered = 0;
  const placeholders: string[] = [];
  for (const s of spans) {
    out += text.slice(pos, s.start) + s.replacement;
    for (const m of s.replacement.matchAll(/\{([^}]+)\}/g)) placeholders.push(m[1]);
    covered += s.end - s.start;
    pos = s.end;
  }
  out += text.slice(pos);
  // 湖北省武汉市青山区 → one {地名}, not three in a row.
  const collapsed = out.replace(/(\{[^}]+\})(?:\1)+/g, '$1');
  const kept = collapsed === out ? placeholders : [...collapsed.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  return { text: collapsed, placeholders: kept, specificRatio: text.length ? covered / text.length : 0 };
}

/** Text with placeholders removed: what is left must still be a phrase. */
export function withoutPlaceholders(text: string): string {
  return text.replace(/\{[^}]+\}/g, '');
}
