import type { ReactNode } from 'react';

// Line icons drawn inline (24×24, stroke = currentColor, size = 1em) so the H5 home needs no icon library.
function glyph(name: string, body: ReactNode) {
  function Glyph() {
    return (
      <svg
        viewBox="0 0 24 24"
        width="1em"
        height="1em"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        {body}
      </svg>
    );
  }
  Glyph.displayName = `Glyph(${name})`;
  return Glyph;
}

/** 拍照. */
export const CameraGlyph = glyph(
  'camera',
  <>
    <path d="M23 19a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4l2-3h6l2 3h4a2 2 0 0 1 2 2z" />
    <circle cx="12" cy="13" r="4" />
  </>,
);
/** 查进度. */
export const FileSearchGlyph = glyph(
  'file-search',
  <>
    <path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h5" />
    <path d="M14 2v6h6v3" />
    <circle cx="16.5" cy="16.5" r="3.5" />
    <path d="m22 22-3-3" />
  </>,
);
/** 服务清单. */
export const ShopGlyph = glyph(
  'shop',
  <>
    <path d="M6 2 3 6v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6l-3-4z" />
    <path d="M3 6h18" />
    <path d="M16 10a4 4 0 0 1-8 0" />
  </>,
);
/** 订单. */
export const FileTextGlyph = glyph(
  'file-text',
  <>
    <path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z" />
    <path d="M14 2v6h6" />
    <path d="M16 13H8" />
    <path d="M16 17H8" />
    <path d="M10 9H8" />
  </>,
);
/** 心愿. */
export const HeartGlyph = glyph(
  'heart',
  <path d="M20.84 4.61a5.5 5.5 0 0 0-7.78 0L12 5.67l-1.06-1.06a5.5 5.5 0 0 0-7.78 7.78l1.06 1.06L12 21.23l7.78-7.78 1.06-1.06a5.5 5.5 0 0 0 0-7.78z" />,
);
/** 微心愿. */
export const GiftGlyph = glyph(
  'gift',
  <>
    <path d="M20 12v10H4V12" />
    <path d="M2 7h20v5H2z" />
    <path d="M12 22V7" />
    <path d="M12 7H7.5a2.5 2.5 0 0 1 0-5C11 2 12 7 12 7z" />
    <path d="M12 7h4.5a2.5 2.5 0 0 0 0-5C13 2 12 7 12 7z" />
  </>,
);
/** 认领. */
export const ClipboardGlyph = glyph(
  'clipboard',
  <>
    <path d="M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2" />
    <rect x="8" y="2" width="8" height="4" rx="1" />
    <path d="m9 14 2 2 4-4" />
  </>,
);
/** 接单. */
export const CalendarGlyph = glyph(
  'calendar',
  <>
    <rect x="3" y="4" width="18" height="18" rx="2" />
    <path d="M16 2v4" />
    <path d="M8 2v4" />
    <path d="M3 10h18" />
    <path d="m9 16 2 2 4-4" />
  </>,
);
/** 积分. */
export const StarGlyph = glyph('star', <path d="M12 2l3.09 6.26L22 9.27l-5 4.87 1.18 6.88L12 17.77l-6.18 3.25L7 14.14 2 9.27l6.91-1.01z" />);
/** 兑换. */
export const CrownGlyph = glyph(
  'crown',
  <>
    <path d="M3 17 2 7l5.5 4L12 4l4.5 7L22 7l-1 10z" />
    <path d="M3 21h18" />
  </>,
);
/** 志愿活动. */
export const TeamGlyph = glyph(
  'team',
  <>
    <path d="M17 21v-2a4 4 0 0 0-4-4H5a4 4 0 0 0-4 4v2" />
    <circle cx="9" cy="7" r="4" />
    <path d="M23 21v-2a4 4 0 0 0-3-3.87" />
    <path d="M16 3.13a4 4 0 0 1 0 7.75" />
  </>,
);
/** 志愿岗. */
export const FlagGlyph = glyph(
  'flag',
  <>
    <path d="M4 15s1-1 4-1 5 2 8 2 4-1 4-1V3s-1 1-4 1-5-2-8-2-4 1-4 1z" />
    <path d="M4 22v-7" />
  </>,
);
/** 时长. */
export const ClockGlyph = glyph(
  'clock',
  <>
    <circle cx="12" cy="12" r="10" />
    <path d="M12 6v6l4 2" />
  </>,
);
/** 消息. */
export const BellGlyph = glyph(
  'bell',
  <>
    <path d="M18 8A6 6 0 0 0 6 8c0 7-3 9-3 9h18s-3-2-3-9" />
    <path d="M13.73 21a2 2 0 0 1-3.46 0" />
  </>,
);
/** 退出. */
export const LogoutGlyph = glyph(
  'logout',
  <>
    <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4" />
    <path d="m16 17 5-5-5-5" />
    <path d="M21 12H9" />
  </>,
);
/** 密码. */
export const KeyGlyph = glyph(
  'key',
  <>
    <circle cx="7.5" cy="15.5" r="5.5" />
    <path d="m21 2-9.6 9.6" />
    <path d="m15.5 7.5 3 3L22 7l-3-3" />
  </>,
);
/** 进入. */
export const ChevronGlyph = glyph('chevron', <path d="m9 18 6-6-6-6" />);
