import { SPECIAL_TAG_LABELS, type SpecialTag } from '@linli/shared';
import { Space, Tag } from 'antd';

/** Colour of each special-population tag. */
export const SPECIAL_TAG_COLORS: Record<SpecialTag, string> = {
  subsistence: 'orange',
  extremePoverty: 'volcano',
  disabled: 'purple',
  elderlyAlone: 'gold',
  emptyNest: 'cyan',
  leftBehindChild: 'blue',
  leftBehindWoman: 'magenta',
  veteran: 'green',
};

/** Special-population tags as coloured Tags; `无` when there are none. */
export function SpecialTagList({ tags }: { tags: readonly SpecialTag[] }) {
  if (tags.length === 0) return <span style={{ color: 'rgba(0,0,0,0.45)' }}>无</span>;
  return (
    <Space size={[4, 4]} wrap>
      {tags.map((t) => (
        <Tag key={t} color={SPECIAL_TAG_COLORS[t]} style={{ marginInlineEnd: 0 }}>
          {SPECIAL_TAG_LABELS[t]}
        </Tag>
      ))}
    </Space>
  );
}
