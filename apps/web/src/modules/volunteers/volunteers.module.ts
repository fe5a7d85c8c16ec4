import type { WebModule } from '../../app/web-module';
import { ClockGlyph, FlagGlyph, TeamGlyph } from '../../h5/h5-glyphs';

/** Volunteering on a party member's phone: activities and the check-in the station QR opens, posts and hours. */
export const webModule: WebModule = {
  h5Routes: [
    { path: 'volunteer-activities', page: () => import('./h5/H5ActivitiesPage').then((m) => m.H5ActivitiesPage) },
    // The station's check-in QR lands here.
    { path: 'volunteer-checkin', page: () => import('./h5/H5CheckinPage').then((m) => m.H5CheckinPage) },
    { path: 'volunteer-hours', page: () => import('./h5/H5MyHoursPage').then((m) => m.H5MyHoursPage) },
    { path: 'volunteer-posts', page: () => import('./h5/H5VolunteerPostsPage').then((m) => m.H5VolunteerPostsPage) },
  ],
  h5Tiles: [
    { label: '志愿活动', hint: '报名社区志愿活动，到场扫码签到', icon: TeamGlyph, path: '/h5/volunteer-activities', roles: ['partyMember'], group: '志愿服务' },
    { label: '志愿岗', hint: '按专业认领志愿岗位，登记我的技能', icon: FlagGlyph, path: '/h5/volunteer-posts', roles: ['partyMember'], group: '志愿服务' },
    { label: '服务时长', hint: '我参加志愿服务的时长和记录', icon: ClockGlyph, path: '/h5/volunteer-hours', roles: ['partyMember'], group: '志愿服务' },
  ],
};
