/**
 * Test sources for the from-past tests: the seed corpus, the real 年度工作报告 of the shared development set
 * (../shared/corpus/real/, next to the repository; the tests fail loudly when it is missing) and a small
 * made-up report whose every line is known.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../corpus/analyze';
import { importFiles } from '../corpus/import';
import type { CorpusDocument, DocNode } from '../corpus/types';
import type { HeadingLevel, Role } from './model';
import type { PastPassage } from './past-passages';
import { REAL_DIR } from '../../test-support/real-corpus';

const REPO = new URL('../../../', import.meta.url);
export { REAL_DIR };

export async function seedDocuments(): Promise<CorpusDocument[]> {
  const bytes = readFileSync(fileURLToPath(new URL('assets/seed-reports.txt', REPO)));
  return (await importFiles([{ name: 'seed-reports.txt', bytes }])).documents;
}

/** The real files labelled `genre` in labels.json (all of them without one), analysed; throws when the development set is not there. */
export async function realDocuments(genre?: string): Promise<CorpusDocument[]> {
  const labels = `${REAL_DIR}labels.json`;
  if (!existsSync(labels)) throw new Error(`找不到真实语料 ${labels}：这些测试需要 ../shared/corpus/real/（与仓库同级）`);
  const entries = JSON.parse(readFileSync(labels, 'utf8')) as { file: string; genre: string }[];
  const files = entries.filter((e) => !genre || e.genre === genre).map((e) => e.file);
  if (!files.length) throw new Error(`${labels} 中没有${genre ?? '文档'}`);
  const docs: CorpusDocument[] = [];
  for (const name of files) {
    const corpus = await importFiles([{ name, bytes: readFileSync(REAL_DIR + name) }]);
    if (corpus.documents.length !== 1) throw new Error(`${name}: 应为一篇文档，导入得到 ${corpus.documents.length} 篇`);
    docs.push(corpus.documents[0]);
  }
  return docs;
}

/** The real 年度工作报告 (labels.json 01–09 today). */
export const realAnnualReports = () => realDocuments('年度工作报告');

/** A made-up 2025 report (reviewing 2024, planning 2025) small enough to check line by line. */
export const SMALL_REPORT = `2025年示范市政府工作报告
——2025年1月20日在示范市第五届人民代表大会第三次会议上
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2024年工作回顾
2024年是“十四五”规划攻坚之年。过去一年，全市生产总值增长5.2%，城镇新增就业2.8万人。
（一）产业发展持续壮大
新建5G基站1500个，规上工业增加值增长6%。
（二）民生保障不断加强
城镇新增就业2.8万人，新建学校12所。
我们也清醒看到，发展中还存在不少问题和不足：经济回升基础不稳，民生领域还有短板。
二、2025年主要任务
今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业3万人以上。
（一）壮大实体经济，推动高质量发展
深入实施制造业重点产业链高质量发展行动。新建5G基站2000个。到2027年，数字经济核心产业增加值占比达到12%。
（二）办好民生实事，增进人民福祉
城镇新增就业3万人以上。与去年相比，新增托位500个。
三、全面加强政府自身建设
坚持依法行政，深化政务公开。
各位代表，让我们奋发有为，为全面完成2025年目标任务而努力奋斗！`;

export const smallReport = (text = SMALL_REPORT): CorpusDocument => analyzeDocument({ id: 'small#1', fileName: 'small.txt', text });

/** Every heading and paragraph of a document as 往年怎么写 candidates, the way the archive would hand them over. */
export function passagesOf(doc: CorpusDocument, year: number | null): PastPassage[] {
  const out: PastPassage[] = [];
  const base = { docId: doc.id, docTitle: doc.declaredTitle, year };
  doc.opening.forEach((p) => out.push({ ...base, id: `${doc.id}/p${p.index}`, section: '开头', role: 'opening', kind: 'paragraph', text: p.normalized, ...(p.lead ? { lead: p.lead } : {}) }));
  const walk = (nodes: DocNode[], path: string[], role: Role | undefined, depth: number) => {
    nodes.forEach((n, i) => {
      if (n.kind === 'section') {
        const here = [...path, n.marker + n.heading];
        out.push({ ...base, id: `${doc.id}/h${path.length}.${i}.${n.heading.length}.${out.length}`, section: path.join(' › '), role: role ?? n.role, kind: 'heading', level: Math.min(4, depth) as HeadingLevel, text: n.heading });
        walk(n.children, here, role ?? n.role, depth + 1);
      } else out.push({ ...base, id: `${doc.id}/p${n.index}`, section: path.join(' › '), role, kind: 'paragraph', text: n.normalized, ...(n.lead ? { lead: n.lead } : {}) });
    });
  };
  walk(doc.sections, [], undefined, 1);
  return out;
}
