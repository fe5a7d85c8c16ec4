import { z } from 'zod';
import { readOf } from '../access/access-of';
import { idParams } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';

/** Most cards one notice-board request prints: a large grid has a few dozen buildings, a community a few hundred. */
export const NOTICE_BOARD_MAX_CARDS = 300;

/** Someone residents may call about a building: name, post title and phone, masked as every list masks it. */
export const noticeContact = z.object({ name: z.string(), title: z.string().nullable(), phoneMasked: z.string().nullable() });
/** A contact on a notice-board card. */
export type NoticeContact = z.infer<typeof noticeContact>;

/** One building's notice-board card 楼宇公示牌: where it is, who serves it, and the grid it reports to. */
export const noticeCard = z.object({
  buildingId: z.string(),
  buildingName: z.string(),
  complexName: z.string().nullable(),
  gridId: z.string(),
  gridName: z.string(),
  communityName: z.string(),
  streetName: z.string(),
  /** 楼长: the building leads posted at the building. */
  leads: z.array(noticeContact),
  /** 网格员: the grid workers posted at the building's grid (or micro-grid and its grid). */
  gridWorkers: z.array(noticeContact),
});
/** A notice-board card. */
export type NoticeCard = z.infer<typeof noticeCard>;

/** `GET /api/org/nodes/:id/notice-board`: the cards of every building at or below a node, in tree order. */
export const noticeBoardResponse = z.object({
  node: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
  cards: z.array(noticeCard),
  /** True when the node holds more buildings than one request prints ({@link NOTICE_BOARD_MAX_CARDS}). */
  truncated: z.boolean(),
});
/** The notice board of a node. */
export type NoticeBoard = z.infer<typeof noticeBoardResponse>;

/** `GET /api/org/report-places/:id`: a building a resident reports from (the notice board's QR code names it). */
export const reportPlaceResponse = z.object({
  buildingId: z.string(),
  buildingName: z.string(),
  complexName: z.string().nullable(),
  gridId: z.string(),
  gridName: z.string(),
  communityName: z.string(),
});
/** A building as the report page shows it. */
export type ReportPlace = z.infer<typeof reportPlaceResponse>;

const tag = 'org';

/** The building notice board 楼宇公示牌 and the place its QR code opens the report page at. */
export const noticeBoardEndpoints = {
  /** Cards for printing: names of the staff serving each building, phones masked (a staff directory read). */
  noticeBoard: defineEndpoint({
    method: 'GET',
    path: '/api/org/nodes/:id/notice-board',
    tag,
    access: readOf('staffDirectory'),
    params: idParams,
    response: noticeBoardResponse,
  }),
  /** What a resident's report page needs to place a case at a building: its name and grid (no people, no register). */
  reportPlace: defineEndpoint({
    method: 'GET',
    path: '/api/org/report-places/:id',
    tag,
    access: readOf('case'),
    params: idParams,
    response: reportPlaceResponse,
  }),
};
