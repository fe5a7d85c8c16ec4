import { Flex, Tag, Typography } from 'antd';

/** The categories the description suggests, as tags to tap; the chosen one is highlighted. */
export function SuggestedCategories({
  categories,
  value,
  onPick,
  label = '可能属于',
}: {
  categories: readonly { id: string; name: string }[];
  value?: string;
  onPick: (id: string | undefined) => void;
  label?: string;
}) {
  if (categories.length === 0) return null;
  return (
    <Flex gap={6} wrap align="center" role="group" aria-label="推荐类别">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      {categories.map((c) => (
        <Tag.CheckableTag
          key={c.id}
          checked={value === c.id}
          onChange={(checked) => onPick(checked ? c.id : undefined)}
          style={{ border: '1px solid #d9d9d9', marginInlineEnd: 0 }}
        >
          {c.name}
        </Tag.CheckableTag>
      ))}
    </Flex>
  );
}
