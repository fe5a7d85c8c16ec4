import type { WebModule } from '../../app/web-module';
import { CalendarGlyph, ClipboardGlyph, FileTextGlyph } from '../../h5/h5-glyphs';

/** 议事协商 on a resident's phone: meeting sign-up with the door code, my suggestions and a new one. */
export const webModule: WebModule = {
  h5Routes: [
    { path: 'meetings', page: () => import('./h5/H5MeetingsPage').then((m) => m.H5MeetingsPage) },
    { path: 'meeting-checkin', page: () => import('./h5/H5MeetingCheckinPage').then((m) => m.H5MeetingCheckinPage) },
    { path: 'suggestions', page: () => import('./h5/H5MySuggestionsPage').then((m) => m.H5MySuggestionsPage) },
    { path: 'suggestions/:id', page: () => import('./h5/H5SuggestionPage').then((m) => m.H5SuggestionPage) },
    { path: 'votes', page: () => import('./h5/H5VotesPage').then((m) => m.H5VotesPage) },
  ],
  h5Tiles: [
    {
      label: '议事会',
      hint: '报名小区联席会、议事会，凭报名码签到',
      icon: CalendarGlyph,
      path: '/h5/meetings',
      roles: ['resident', 'partyMember', 'buildingLead'],
      group: '议事协商',
    },
    {
      label: '现场表决',
      hint: '签到后在手机上投同意、反对或弃权',
      icon: ClipboardGlyph,
      path: '/h5/votes',
      roles: ['resident', 'partyMember', 'buildingLead'],
      group: '议事协商',
    },
    {
      label: '我的建议',
      hint: '给小区提建议，看每一步怎么办的',
      icon: FileTextGlyph,
      path: '/h5/suggestions',
      roles: ['resident', 'partyMember', 'buildingLead'],
      group: '议事协商',
    },
  ],
  noticeLinks: {
    meetings: { console: (id) => `/deliberation/meetings/${id}`, partner: null, h5: () => '/h5/meetings' },
    'meeting-votes': { console: null, partner: null, h5: () => '/h5/votes' },
    suggestions: { console: (id) => `/deliberation/suggestions/${id}`, partner: null, h5: (id) => `/h5/suggestions/${id}` },
  },
};
