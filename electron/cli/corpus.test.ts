import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './corpus';

const fixture = (name: string) => fileURLToPath(new URL(`../core/corpus/fixtures/${name}`, import.meta.url));

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, (s) => (out += s + '\n'), (s) => (err += s + '\n'));
  return { code, out, err };
}

describe('corpus CLI', () => {
  it('analyze with no file uses the default corpus and prints genre, heading tree with roles and counts', async () => {
    const r = await cli(['analyze']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('■ seed-reports.txt#2  《在20_年总工会全委会上的讲话》');
    expect(r.out).toContain('体裁：年度工作报告');
    expect(r.out).toMatch(/回顾\/成绩\s+│ 一、20××年工会工作回顾  （5 个小节，\d+ 字）/);
    expect(r.out).toMatch(/问题\/不足\s+│\s+¶ 我们在看到成绩的同时/);
    expect(r.out).toMatch(/方法步骤\/时间安排\s+│ 三、时间安排和方法步骤/);
    expect(r.out).toContain('统计：一级标题 2，二级 11');
    expect(r.out).toMatch(/统计：一级标题 4，二级 0，三级 0，四级 0；段落 20；段首句 \d+；“一是…二是…”列举 4 组/); // 第3篇: one run per section
    expect(r.err).toMatch(/第5篇末尾不完整/);
  });

  it('analyze --json follows the documented schema', async () => {
    const r = await cli(['analyze', fixture('mini-plan.gbk.txt'), '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.schemaVersion).toBe(1);
    expect(j.command).toBe('analyze');
    expect(j.issues).toEqual([]);
    expect(j.documents).toHaveLength(1);
    const d = j.documents[0];
    expect(Object.keys(d).sort()).toEqual(['charCount', 'closing', 'declaredTitle', 'fileName', 'genre', 'genreReasons', 'id', 'opening', 'sections'].sort());
    expect(d.sections[0]).toMatchObject({ kind: 'section', level: 1, marker: '一、', heading: '指导思想', role: 'requirements' });
  });

  it('phrases and skeletons, human and JSON', async () => {
    const p = await cli(['phrases', '--category', '问题表述', '--limit', '3']);
    expect(p.code).toBe(0);
    expect(p.out.trim().split('\n')).toHaveLength(4);
    const pj = JSON.parse((await cli(['phrases', '--json', '--query', '迈上新台阶'])).out);
    expect(pj.phrases.length).toBeGreaterThan(2);
    expect(pj.phrases.every((x: { text: string }) => x.text.includes('迈上新台阶'))).toBe(true);
    const s = await cli(['skeletons']);
    expect(s.out).toContain('■ 年度工作报告骨架');
    const sj = JSON.parse((await cli(['skeletons', '--json'])).out);
    expect(sj.skeletons[0].sections.map((x: { role: string }) => x.role)).toEqual(['opening', 'review', 'problems', 'requirements', 'tasks', 'closing']);
  });

  it('fails with a clear Chinese message on bad input', async () => {
    const missing = await cli(['analyze', '/no/such/file.txt']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('没有可分析的文档');
    expect(missing.err).toContain('/no/such/file.txt：找不到该文件或文件夹');
    const partly = await cli(['analyze', fixture('mini-plan.utf8.txt'), '/no/such/file.txt']);
    expect(partly.code).toBe(1);
    expect(partly.out).toContain('关于开展青年文明号创建活动的实施方案');
    const usage = await cli(['frobnicate']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('未知命令：frobnicate');
    expect((await cli(['phrases', '--category', '废话'])).err).toContain('未知类别：废话');
  });

  it('runs as `npm run corpus` would (tsx, real process, exit code)', () => {
    const ok = spawnSync('npx', ['tsx', 'electron/cli/corpus.ts', 'analyze', fixture('mixed-punct.md')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('体裁：讲话');
    const bad = spawnSync('npx', ['tsx', 'electron/cli/corpus.ts', 'analyze', fixture('../decode.ts')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('不支持的文件类型（.ts）');
  });
});
