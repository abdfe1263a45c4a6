/**
 * The one heading → 作用 (role) classifier: the words a 公文 heading uses to name its part (回顾, 问题, 总体要求,
 * 主要任务, 步骤, 组织领导…). The corpus engine, the checks, the outline, the guidance card and the phrase filter
 * all read headings through this, so they cannot disagree about what 「下一步工作打算」 is.
 * Pure: no Node, Electron or DOM imports.
 */
import type { Role } from '../draft/model';

export const HEADING_CUES: [Role, RegExp][] = [
  ['review', /回顾|工作总结|过去[的]?一年|一年来|主要成绩|取得的(?:成绩|成效)|基本情况|工作情况|工作成效|主要做法|主要成效|工作开展情况|完成情况|主要收获|的收获|亮点|^(?:主要|工作|办学|建设|改革|发展)?(?:成果|成效|成绩)$/],
  // 反思/剖析: the self-criticism part of a 述职 or 总结 (个人工作反思, 自我剖析).
  ['problems', /问题|不足|差距|短板|薄弱环节|反思|剖析/],
  // 基本原则, 评定工作准则: the principles a 方案 keeps to, stated before its tasks.
  ['requirements', /总体要求|总体思路|工作思路|思路和目标|指导思想|基本原则|总体目标|主要目标|工作目标|目标任务|目标要求|目的意义|重要意义|重大意义|指导原则|总的要求|^(?:活动|发展|建设|工作)?目标$|(?:原则|准则)$|统一思想|提高认识|充分认识|深刻认识|认清形势|把握形势|形势和任务|^(?:当前|目前|面临的)形势$|形势分析|理念|主要指标|具体指标|目标指标/],
  // 工作流程 / 评选程序 / 推优办法 / 评定工作进程表: how a 方案 is carried out. 流程/程序 only as
  // the heading's last words (优化审批流程，提升… is a task), 办法 only after a procedural verb (改进办法 is a task).
  ['steps', /步骤|时间安排|进度安排|实施阶段|阶段安排|时间节点|工作进度|实施进度|工作程序|流程$|程序$|进程表|进程安排|日程安排|时间表|(?:推荐|推优|评选|评审|评议|考核|选拔|遴选|申报|认定|报名|实施|操作)(?:办法|方式|方法)$|^(?:工作|进度)安排$/],
  // 加强党对“三农”工作的全面领导: the closing part of a 意见 or 方案 on who leads it.
  ['organization', /组织领导|保障措施|加强党(?:的|对[^，。]{1,15}?的?)(?:全面)?领导|工作保障|组织保障|领导小组|工作要求|组织实施|纪律要求|加强领导|强化领导|狠抓落实|抓好落实|压实责任|组织形式|组织机构|工作机构|职责分工|责任分工|任务分工|政府治理|治理效能|服务型政府|转作风/],
  ['tasks', /主要任务|重点工作|下一步|工作打算|工作计划|工作安排(?!和)|工作重点|重点任务|整顿重点|主要内容|活动内容|工作内容|工作任务|主要措施|具体措施|工作措施|工作要点|努力方向|改进方向|今后方向|任务$|(?:未来|今后|来年|明年|下一?年度?|新一年|\d{4}\s*年?)(?:工作)?规划/],
  ['opening', /会议任务/],
  // A 述职 may end on its thanks (六、致谢).
  ['closing', /号召|结束语|结语|^致谢$/],
  // Scope-only parts of a 方案 (试点范围, 选拔职位, 任职条件) and its notes at the end (几点说明, 附则) play none of the usual roles.
  ['other', /范围$|(?:试点|实施|适用|选拔)范围|任职条件|资格条件|报名条件|选拔职位|参评对象|^(?:几点|其他|有关|补充|特别)?说明$|^附则$|^其他事项$/],
];

/** Roles named by a heading, in the order their words appear. */
export function headingRoles(heading: string): Role[] {
  const hits: { role: Role; at: number }[] = [];
  for (const [role, re] of HEADING_CUES) {
    const m = re.exec(heading);
    if (m && !hits.some((h) => h.role === role)) hits.push({ role, at: m.index });
  }
  // “问题” inside “着力解决…问题” or “直面问题短板，提升…” names a task taken on, not a problems section.
  let filtered = hits.filter((h) => !(h.role === 'problems' && /解决|破解|整改|整顿|直面|聚焦|针对|补齐|补强|补足|弥补/.test(heading)));
  // “自身建设情况” / “履行岗位职责情况”: a heading that reports a state of affairs is a review, whatever it is about.
  if (/情况$/.test(heading) && !filtered.some((h) => h.role === 'problems')) filtered = [{ role: 'review', at: -1 }, ...filtered.filter((h) => h.role !== 'review' && h.role !== 'organization')];
  return filtered.sort((a, b) => a.at - b.at).map((h) => h.role);
}
