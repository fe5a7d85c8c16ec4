import chineseDays from 'chinese-days';

/** Which calendar days are working days: China's official calendar plus local overrides. */
export interface WorkingCalendar {
  /** `day` is a Beijing calendar date, YYYY-MM-DD. */
  isWorkday(day: string): boolean;
}

/**
 * China's working-day calendar (holidays and make-up workdays, from `chinese-days`), with local
 * overrides on top: `true` makes a day a workday, `false` a day off (e.g. a district's own day off).
 */
export function createChinaCalendar(overrides: ReadonlyMap<string, boolean> = new Map()): WorkingCalendar {
  return {
    isWorkday(day) {
      const local = overrides.get(day);
      return local ?? chineseDays.isWorkday(day);
    },
  };
}
