/**
 * The one heading → 作用 (role) classifier: the words a 公文 heading uses to name its part (回顾, 问题, 总体要求,
 * 主要任务, 步骤, 组织领导…). The corpus engine, the checks, the outline, the guidance card and the phrase filter
 * all read headings through this, so they cannot disagree about what 「下一步工作打算」 is.
 * Pure: no Node, Electron or DOM imports.
 */
import type { Role } from '../draft/model';

export const HEADING_CUES: [Role, RegExp][] = [
  ['review', /回顾|工作总结|过去[的]?一年|一年来|主要成绩|取得的(?:成绩|成效)|基本情况|工作情况|工作成效|主要做法|主要成效|工作开展情况|完成情况/],
  ['problems', /问题|不足|差距|短板|薄弱环节/],
  ['requirements', /总体要求|总体思路|工作思路|思路和目标|指导思想|基本原则|总体目标|主要目标|工作目标|目标任务|目的意义|重要意义|指导原则|总的要求|^(?:活动|发展|建设|工作)?目标$|统一思想|提高认识|充分认识|深刻认识|认清形势|把握形势|形势和任务/],
  ['steps', /步骤|时间安排|进度安排|实施阶段|阶段安排|时间节点/],
  ['organization', /组织领导|保障措施|工作保障|组织保障|领导小组|工作要求|组织实施|纪律要求|加强领导|强化领导|狠抓落实|抓好落实|压实责任/],
  ['tasks', /主要任务|重点工作|下一步|工作打算|工作计划|工作安排(?!和)|工作重点|重点任务|整顿重点|主要内容|活动内容|工作内容|工作任务|主要措施|具体措施|工作措施|任务$/],
  ['opening', /会议任务/],
  ['closing', /号召|结束语|结语/],
];

/** Roles named by a heading, in the order their words appear. */
export function headingRoles(heading: string): Role[] {
  const hits: { role: Role; at: number }[] = [];
  for (const [role, re] of HEADING_CUES) {
    const m = re.exec(heading);
    if (m && !hits.some((h) => h.role === role)) hits.push({ role, at: m.index });
  }
  // “问题” inside “着力解决…问题” names a task, not a problems section.
  const filtered = hits.filter((h) => !(h.role === 'problems' && /解决|破解|整改|整顿/.test(heading)));
  return filtered.sort((a, b) => a.at - b.at).map((h) => h.role);
}
