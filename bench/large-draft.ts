/** A long draft for the open-large bench and the e2e: headings every 25 blocks, paragraphs of ~45 汉字. Pure. */
import type { BlockElement, Draft } from '../electron/core/draft/model';

const SENTENCE = '全面贯彻落实党的二十大精神，坚持稳中求进工作总基调，推动经济社会高质量发展取得新成效。';

export function largeDraft(blocks: number): Draft {
  const content: BlockElement[] = [{ type: 'title', children: [{ text: '大型草稿测试' }] }];
  for (let i = 1; i < blocks; i++) {
    content.push(
      i % 25 === 1
        ? { type: 'heading', level: 1, role: 'tasks', children: [{ text: `第${i}项重点工作` }] }
        : { type: 'paragraph', children: [{ text: `${i}．${SENTENCE}` }] },
    );
  }
  const now = new Date().toISOString();
  return { meta: { genre: 'annual-report', createdAt: now, updatedAt: now }, content } as Draft;
}

