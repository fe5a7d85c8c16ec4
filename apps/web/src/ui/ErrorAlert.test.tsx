import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { ErrorAlert } from './ErrorAlert';

describe('the load-error path of every page', () => {
  it('offers a retry for a failure that may pass', () => {
    render(<ErrorAlert error={new ApiError(503, 'UNAVAILABLE', '服务暂时不可用')} onRetry={vi.fn()} />);
    expect(screen.getByText('加载失败')).toBeTruthy();
    expect(screen.getByText('服务暂时不可用')).toBeTruthy();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeTruthy();
  });

  it('says calmly 无权查看 for a 403, with no retry and no error message', () => {
    render(<ErrorAlert error={new ApiError(403, 'FORBIDDEN', '您的岗位没有此项权限')} onRetry={vi.fn()} />);
    expect(screen.getByText('无权查看')).toBeTruthy();
    expect(screen.queryByText('加载失败')).toBeNull();
    expect(screen.queryByRole('button', { name: /重\s*试/ })).toBeNull();
    expect(document.querySelector('.ant-alert-error')).toBeNull();
  });
});
