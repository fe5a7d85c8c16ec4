/**
 * Where a notification's link leads in this part of the app. The server links every case notice to
 * the console page `/cases/:id`; on the resident pages the same case opens at `/h5/cases/:id`.
 */
export function linkFor(link: string | null, area: 'console' | 'h5'): string | null {
  if (!link || !link.startsWith('/')) return null;
  if (area === 'h5') {
    const m = /^\/cases\/([^/?#]+)$/.exec(link);
    return m ? `/h5/cases/${m[1]}` : link.startsWith('/h5') ? link : null;
  }
  return link;
}
