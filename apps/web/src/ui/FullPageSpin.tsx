import { Flex, Spin } from 'antd';

/** Centred spinner covering the whole screen, used before the session is known. */
export function FullPageSpin({ tip = '正在加载…' }: { tip?: string }) {
  return (
    <Flex vertical align="center" justify="center" gap={12} style={{ minHeight: '100vh' }}>
      <Spin size="large" />
      <span style={{ color: 'rgba(0,0,0,0.45)' }}>{tip}</span>
    </Flex>
  );
}
