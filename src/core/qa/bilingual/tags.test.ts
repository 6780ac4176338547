import { describe, expect, it } from 'vitest';
import type { TagRef } from './input';
import { bilingualTags } from './tags';

const open = (key: string): TagRef => ({ kind: 'open', key });
const close = (key: string): TagRef => ({ kind: 'close', key });
const lone = (key: string): TagRef => ({ kind: 'standalone', key });
const run = (source: string, target: string, sourceTags: TagRef[] = [], targetTags: TagRef[] = []) =>
  bilingualTags.run([{ id: 's', source, target, sourceTags, targetTags }], {}).map((finding) => [finding.ruleId, finding.subject, finding.quote]);

describe('bilingual-tags', () => {
  it('accepts the same tags in the same order', () => {
    expect(run('点击这里', 'Click here', [open('1'), close('1'), lone('2')], [open('1'), close('1'), lone('2')])).toEqual([]);
  });

  it('reports a missing and an extra tag by kind and key', () => {
    expect(run('a', 'b', [open('1'), close('1'), lone('2')], [open('1'), close('1'), lone('3')])).toEqual([
      ['missing-tag', '<2/>', 'b'],
      ['extra-tag', '<3/>', 'b'],
    ]);
  });

  it('reports the same tags in another order', () => {
    expect(run('a', 'b', [open('1'), close('1'), open('2'), close('2')], [open('2'), close('2'), open('1'), close('1')])).toEqual([
      ['reordered-tags', '<2></2><1></1>', 'b'],
    ]);
  });

  it('reports placeholders missing or extra, on the extra one’s span, and allows them to move', () => {
    expect(run('已删除{0}个文件，共%s', 'Deleted %s of {0} files')).toEqual([]);
    expect(run('你好，{{name}}！还有%1$s和{count}', 'Hello, {{user}}! And %1$s')).toEqual([
      ['missing-placeholder', '{{name}}', 'Hello, {{user}}! And %1$s'],
      ['missing-placeholder', '{count}', 'Hello, {{user}}! And %1$s'],
      ['extra-placeholder', '{{user}}', '{{user}}'],
    ]);
  });

  it('does not take a percentage followed by a word for a placeholder', () => {
    expect(run('下降50%', 'down 50% d and 20 %s')).toEqual([['extra-placeholder', '%s', '%s']]);
    expect(run('下降50%', 'a 50% discount')).toEqual([]);
  });
});
