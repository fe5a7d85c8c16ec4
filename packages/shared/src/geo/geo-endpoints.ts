import { readOf } from '../access/access-of';
import { idParams } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
import {
  buildingPlace,
  casePointsQuery,
  casePointsResponse,
  locateQuery,
  locateResponse,
  nodeMapQuery,
  nodeMapResponse,
  nodePlacesQuery,
  nodePlacesResponse,
  noticeBoardCard,
  noticeBoardList,
} from './geo-contracts';

const tag = 'geo';

/** The map API (`/api/geo/*`): outlines with case figures, places and case points, locate a coordinate, building notice boards. */
export const geoEndpoints = {
  /** A node's outline and its children's, simplified for a zoom, with each child's case figures (served by cases, which owns them). */
  nodeMap: defineEndpoint({
    method: 'GET',
    path: '/api/geo/nodes/:id/map',
    tag,
    access: readOf('caseStats'),
    params: idParams,
    query: nodeMapQuery,
    response: nodeMapResponse,
  }),
  /** Complexes and buildings under a node as points. */
  nodePlaces: defineEndpoint({
    method: 'GET',
    path: '/api/geo/nodes/:id/places',
    tag,
    access: readOf('orgTree'),
    params: idParams,
    query: nodePlacesQuery,
    response: nodePlacesResponse,
  }),
  /** Open cases under a node that carry a coordinate (served by cases). */
  casePoints: defineEndpoint({
    method: 'GET',
    path: '/api/geo/nodes/:id/case-points',
    tag,
    access: readOf('caseStats'),
    params: idParams,
    query: casePointsQuery,
    response: casePointsResponse,
  }),
  /** Street, community, grid and nearest building of a coordinate: the report pin. */
  locate: defineEndpoint({ method: 'GET', path: '/api/geo/locate', tag, access: readOf('place'), query: locateQuery, response: locateResponse }),
  /** A building with its grid, community and street, for the report page a notice board's QR code opens. */
  buildingPlace: defineEndpoint({
    method: 'GET',
    path: '/api/geo/buildings/:id/place',
    tag,
    access: readOf('place'),
    params: idParams,
    response: buildingPlace,
  }),
  /** One building's notice board card. */
  noticeBoard: defineEndpoint({
    method: 'GET',
    path: '/api/geo/buildings/:id/notice-board',
    tag,
    access: readOf('staffDirectory'),
    params: idParams,
    response: noticeBoardCard,
  }),
  /** The notice board cards of every building of a grid. */
  gridNoticeBoards: defineEndpoint({
    method: 'GET',
    path: '/api/geo/grids/:id/notice-boards',
    tag,
    access: readOf('staffDirectory'),
    params: idParams,
    response: noticeBoardList,
  }),
};
