import './h5-shell.css';

/** Full-screen spinner of the light H5 shell (no antd), shown while the session or a page loads. */
export function H5Spin({ tip = '正在加载…' }: { tip?: string }) {
  return (
    <div className="h5-shell h5-center" role="status">
      <div className="h5-spinner" />
      <span className="h5-muted" style={{ fontSize: 14 }}>
        {tip}
      </span>
    </div>
  );
}
