/**
 * 易混词语 and 别字 that 公文 writers commonly get wrong, each with where the judgement comes from. The check
 * (confusables.ts) reports a match and offers the right form; the user can add her own pairs and silence any
 * entry (不再提示) in 设置, stored in the settings (CheckSettings.userWordPairs / mutedWords).
 *
 * Chosen for 公文: errors that occur in reports and speeches, written so that a correct text does not match —
 * a pattern carries the context that makes the form wrong (截止 only before a point in time: 截止日期 and
 * 于3月31日截止 are right). An entry with a context the check cannot see (受权/授权, 权力/权利) is left out.
 *
 * Sources:
 * - 《咬文嚼字》编辑部 年度“十大语文差错”（2006 年起每年岁末发布），cited by year;
 * - 教育部、国家语委《第一批异形词整理表》（GF 1001—2001，2002 年起试行）: the recommended form of each pair;
 * - 《现代汉语词典》（第 7 版，商务印书馆 2016）: the meaning that decides a confusable pair.
 */

export interface WordEntry {
  /** What the user sees and mutes by: `截止→截至`. Unique. */
  key: string;
  /** The wrong form, matched where it is wrong (lookarounds carry the context). Global flag added by the check. */
  find: RegExp;
  /** The right form, offered as the fix; none where the wording has to change (国际间). */
  right?: string;
  /** Why, in one Chinese sentence. */
  why: string;
  source: string;
}

const YWJZ = (year: number) => `《咬文嚼字》${year}年度十大语文差错`;
const GF1001 = '《第一批异形词整理表》（GF 1001—2001）';
const XH = '《现代汉语词典》（第7版）';

/** A point in time after 截止: 2024年底, 目前, 今年, 6月30日, 二〇二四年… */
const TIME_POINT = '(?=\\s*(?:\\d|[一二三四五六七八九十〇零]{1,4}[年月]|目前|当前|现在|今年|去年|上年|本年|当年|年底|年末|月底|本月|上月|上半年|发稿|日前))';

export const WORD_LIST: readonly WordEntry[] = [
  {
    key: '截止→截至',
    find: new RegExp(`截止${TIME_POINT}`),
    right: '截至',
    why: '“截至”后接时间点（截至6月底）；“截止”是到期停止，用在时间之后（6月底截止）或作“截止日期”',
    source: `${YWJZ(2010)}；${XH}“截至”“截止”条`,
  },
  { key: '度过难关→渡过难关', find: /度(?=过?难关)/, right: '渡', why: '“渡”是通过（渡过难关、共渡难关），“度”用于时间（度过假期）', source: `${YWJZ(2020)}（“共渡难关”误为“共度难关”）` },
  { key: '入住→入驻', find: /(?<=(?:巡视|巡察|督导|督查)组)入住/, right: '入驻', why: '巡视组、督导组进驻是执行公务，用“入驻”，“入住”是住进', source: YWJZ(2014) },
  // Within one clause, and not across the other body: “办理人大代表建议和政协提案” names both, rightly (every 政府工作报告 does).
  { key: '政协委员…议案→提案', find: /(?<=政协委员(?:(?!人大)[^。；，、]){0,12})议案/, right: '提案', why: '政协委员提出的是“提案”；“议案”是人大代表依法提出的', source: YWJZ(2014) },
  { key: '人大代表…提案→议案', find: /(?<=人大代表(?:(?!政协)[^。；，、]){0,12})提案/, right: '议案', why: '人大代表依法提出的是“议案”（或建议、批评和意见）；“提案”属于政协', source: YWJZ(2014) },
  { key: '国际间', find: /国际间/, why: '“国际”已含“国与国之间”，“国际间”语义重复，宜作“国际上”或“各国之间”', source: YWJZ(2014) },
  { key: '一揽子货币→一篮子货币', find: /一揽子(?=货币)/, right: '一篮子', why: '“一篮子货币”是按比重选定的一组货币，“一揽子”是不加选择地包揽', source: YWJZ(2016) },
  { key: '非盈利→非营利', find: /非盈利(?=组织|机构|性|单位|法人)/, right: '非营利', why: '“非营利”指不以谋取利润为目的，“盈利”是赚得的利润', source: YWJZ(2017) },
  { key: '亲睐→青睐', find: /亲睐/, right: '青睐', why: '“青睐”（青眼相看），不作“亲睐”', source: YWJZ(2018) },
  { key: '令人不耻→令人不齿', find: /令人不耻/, right: '令人不齿', why: '“不齿”是不愿提及、看不起', source: YWJZ(2019) },
  { key: '挖墙角→挖墙脚', find: /挖墙角/, right: '挖墙脚', why: '“墙脚”是墙根，挖墙脚喻拆台', source: YWJZ(2019) },
  { key: '主弦律→主旋律', find: /主弦律/, right: '主旋律', why: '“旋律”是乐音的组合，不作“弦律”', source: YWJZ(2019) },
  { key: '负作用→副作用', find: /负作用/, right: '副作用', why: '“副作用”是伴随主要作用而来的不良作用', source: YWJZ(2020) },
  { key: '泄秘→泄密', find: /泄秘/, right: '泄密', why: '“泄密”是泄露秘密', source: YWJZ(2013) },
  { key: '美仑美奂→美轮美奂', find: /美[仑伦]美奂/, right: '美轮美奂', why: '“轮”是高大', source: YWJZ(2010) },
  { key: '精萃→精粹', find: /精萃/, right: '精粹', why: '“精粹”是精美纯粹', source: YWJZ(2010) },
  { key: '黄埔江→黄浦江', find: /黄埔江/, right: '黄浦江', why: '上海的江名是“黄浦江”（黄埔是广州地名）', source: YWJZ(2010) },
  { key: '启示→启事', find: /(?<=招聘|招生|招租|寻人|寻物|征稿|征文|更正|迁址|开业|停业|挂失|遗失)启示/, right: '启事', why: '公开声明某事用“启事”；“启示”是启发', source: YWJZ(2006) },
  { key: '好象→好像', find: /好象/, right: '好像', why: '表示相似用“像”（1986 年重新发表的《简化字总表》不再以“象”代“像”）', source: YWJZ(2006) },
  { key: '图象→图像', find: /(?<!意)图象/, right: '图像', why: '推荐词形“图像”', source: GF1001 },
  { key: '影象→影像', find: /影象/, right: '影像', why: '推荐词形“影像”', source: GF1001 },
  { key: '录象→录像', find: /录象/, right: '录像', why: '用“像”（图像义）', source: YWJZ(2006) },
  { key: '即来之→既来之', find: /即来之/, right: '既来之', why: '“既来之，则安之”', source: YWJZ(2006) },
  { key: '不尽人意→不尽如人意', find: /不尽人意/, right: '不尽如人意', why: '成语是“尽如人意”，否定作“不尽如人意”', source: `${XH}“尽如人意”条` },
  { key: '反应问题→反映问题', find: /反应(?=(?:了|过)?(?:问题|情况|诉求|意见|呼声))/, right: '反映', why: '把情况、意见告诉上级或有关部门是“反映”；“反应”是受刺激后的变化', source: `${XH}“反映”“反应”条` },
  // 别字 in set phrases common in reports and speeches.
  { key: '再接再励→再接再厉', find: /再接再[励砺]/, right: '再接再厉', why: '“厉”同“砺”，规范词形作“再接再厉”', source: GF1001 },
  { key: '按步就班→按部就班', find: /按步就班/, right: '按部就班', why: '“部”是门类', source: XH },
  { key: '迫不急待→迫不及待', find: /迫不急待/, right: '迫不及待', why: '“及”是来得及', source: XH },
  { key: '一如继往→一如既往', find: /一如继往/, right: '一如既往', why: '“既往”是以往', source: XH },
  { key: '布署→部署', find: /布署/, right: '部署', why: '安排、布置作“部署”', source: XH },
  { key: '震憾→震撼', find: /震憾/, right: '震撼', why: '“撼”是摇动', source: XH },
  { key: '松驰→松弛', find: /松驰/, right: '松弛', why: '“弛”是放松', source: XH },
  { key: '坐阵→坐镇', find: /坐阵/, right: '坐镇', why: '“镇”是镇守', source: XH },
  { key: '针贬时弊→针砭时弊', find: /针贬时弊/, right: '针砭时弊', why: '“砭”是古代治病的石针', source: XH },
  { key: '克尽职守→恪尽职守', find: /克尽职守/, right: '恪尽职守', why: '“恪”是谨慎、恭敬', source: XH },
  { key: '默守成规→墨守成规', find: /默守成规/, right: '墨守成规', why: '典出墨翟善守', source: XH },
  { key: '一愁莫展→一筹莫展', find: /一愁莫展/, right: '一筹莫展', why: '“筹”是计策', source: XH },
  { key: '言简意骇→言简意赅', find: /言简意骇/, right: '言简意赅', why: '“赅”是完备', source: XH },
  { key: '相辅相承→相辅相成', find: /相辅相承/, right: '相辅相成', why: '互相补充、互相促成', source: XH },
  { key: '蜂涌而至→蜂拥而至', find: /蜂涌(?=而[至来上])/, right: '蜂拥', why: '像蜂群一样拥挤着', source: XH },
  { key: '按耐→按捺', find: /按耐(?=不住|住)/, right: '按捺', why: '“捺”是压抑', source: XH },
  { key: '既往不究→既往不咎', find: /既往不究/, right: '既往不咎', why: '“咎”是责备', source: XH },
  { key: '滥芋充数→滥竽充数', find: /[滥烂][芋竿]充数|烂竽充数/, right: '滥竽充数', why: '“竽”是古乐器', source: XH },
  { key: '气慨→气概', find: /气慨/, right: '气概', why: '“气概”是态度、举动表现的气势', source: XH },
  { key: '膨涨→膨胀', find: /膨涨/, right: '膨胀', why: '“胀”是体积增大', source: XH },
  { key: '幅射→辐射', find: /幅射/, right: '辐射', why: '从中心向各方伸展，作“辐射”', source: XH },
  { key: '陷井→陷阱', find: /陷井/, right: '陷阱', why: '“阱”是捕兽的坑', source: XH },
  { key: '编篡→编纂', find: /编篡/, right: '编纂', why: '“纂”是编辑，“篡”是夺取', source: XH },
  { key: '脉博→脉搏', find: /脉博/, right: '脉搏', why: '“搏”是跳动', source: XH },
  // 异形词: the recommended form (GF 1001—2001).
  { key: '成份→成分', find: /成份(?!股)/, right: '成分', why: '推荐词形“成分”', source: GF1001 },
  { key: '笔划→笔画', find: /笔划/, right: '笔画', why: '推荐词形“笔画”', source: GF1001 },
  { key: '取销→取消', find: /取销/, right: '取消', why: '推荐词形“取消”', source: GF1001 },
  { key: '刻划→刻画', find: /刻划/, right: '刻画', why: '推荐词形“刻画”', source: GF1001 },
  { key: '推委→推诿', find: /推委(?![员会])/, right: '推诿', why: '推荐词形“推诿”', source: GF1001 },
  { key: '思惟→思维', find: /思惟/, right: '思维', why: '推荐词形“思维”', source: GF1001 },
  { key: '塌实→踏实', find: /(?<!坍)塌实/, right: '踏实', why: '推荐词形“踏实”', source: GF1001 },
  { key: '折衷→折中', find: /折衷/, right: '折中', why: '推荐词形“折中”', source: GF1001 },
  { key: '简炼→简练', find: /简炼/, right: '简练', why: '推荐词形“简练”', source: GF1001 },
  { key: '直接了当→直截了当', find: /直[接捷]了当/, right: '直截了当', why: '推荐词形“直截了当”', source: GF1001 },
  { key: '义无返顾→义无反顾', find: /义无返顾/, right: '义无反顾', why: '推荐词形“义无反顾”', source: GF1001 },
  { key: '百废具兴→百废俱兴', find: /百废具兴/, right: '百废俱兴', why: '推荐词形“百废俱兴”', source: GF1001 },
  { key: '雕敝→凋敝', find: /雕[敝弊]/, right: '凋敝', why: '推荐词形“凋敝”', source: GF1001 },
  { key: '左证→佐证', find: /左证/, right: '佐证', why: '推荐词形“佐证”', source: GF1001 },
];
