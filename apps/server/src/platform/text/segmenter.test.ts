import { describe, expect, it } from 'vitest';
import { orQuery, searchTokens, segment } from './segmenter';

describe('Chinese segmentation', () => {
  it('splits a report into meaningful words without stop words or punctuation', () => {
    const tokens = segment('小区门口的路灯坏了好几天不亮，晚上走路很危险');
    expect(tokens).toEqual(expect.arrayContaining(['小区', '门口', '路灯', '危险']));
    expect(tokens).not.toContain('的');
    expect(tokens).not.toContain('，');
  });

  it('builds an OR tsquery that quotes each token', () => {
    expect(orQuery('井盖丢了')).toBe("'井盖' | '丢' | '盖丢'");
    expect(orQuery('的了，')).toBeNull();
  });

  it('adds two-character windows so a short text still yields the word jieba missed', () => {
    expect(searchTokens('路灯不亮了')).toContain('路灯');
  });
});
