/**
 * The ranges and names of a 单位细则 (format/profile.ts), without zod: the profile schema is built from these, and
 * the renderer's 单位细则 dialog checks the same ranges as the user types (the renderer bundle carries no zod).
 */

export const PAGE_NUMBER_PLACEMENTS = ['outside', 'center', 'none'] as const;
export type PageNumberPlacement = (typeof PAGE_NUMBER_PLACEMENTS)[number];
export const PAGE_NUMBER_LABELS: Record<PageNumberPlacement, string> = {
  outside: '单页居右、双页居左（GB/T 9704）',
  center: '居中',
  none: '不编页码',
};

export const PROFILE_LIMITS = {
  nameChars: 40,
  fontChars: 60,
  marginMm: { min: 10, max: 60 },
  linesPerPage: { min: 15, max: 40 },
  charsPerLine: { min: 15, max: 40 },
} as const;

/** Each element's font, in the order the dialog lists them. */
export const FONT_ROLES = ['title', 'body', 'heading1', 'heading2', 'heading3', 'heading4', 'pageNumber', 'latin'] as const;
export type FontRole = (typeof FONT_ROLES)[number];
export const FONT_ROLE_LABELS: Record<FontRole, string> = {
  title: '标题',
  body: '正文',
  heading1: '一级标题',
  heading2: '二级标题',
  heading3: '三级标题',
  heading4: '四级标题',
  pageNumber: '页码',
  latin: '数字和字母',
};

/** The faces 公文 offices use for each role (GB/T 9704's first), offered in the dialog; any installed name may be typed. */
export const FONT_CHOICES: Record<FontRole, readonly string[]> = {
  title: ['方正小标宋简体', '方正小标宋_GBK', '小标宋', '华文中宋', '宋体'],
  body: ['仿宋_GB2312', '仿宋', '华文仿宋'],
  heading1: ['黑体', '方正黑体_GBK', '华文黑体'],
  heading2: ['楷体_GB2312', '楷体', '华文楷体'],
  heading3: ['仿宋_GB2312', '仿宋'],
  heading4: ['仿宋_GB2312', '仿宋'],
  pageNumber: ['宋体', 'Times New Roman'],
  latin: ['Times New Roman', '仿宋_GB2312', '仿宋'],
};
