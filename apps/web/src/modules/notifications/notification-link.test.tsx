import { describe, expect, it } from 'vitest';
import { consoleAreaOf, linkFor } from './notification-link';

describe('notification links', () => {
  it('opens each item at the page its reader uses', () => {
    expect(linkFor('/cases/c-1', 'console')).toBe('/cases/c-1');
    expect(linkFor('/cases/c-1', 'h5')).toBe('/h5/cases/c-1');
    expect(linkFor('/wishes/w-1', 'console')).toBe('/claims/wishes/w-1');
    expect(linkFor('/wishes/w-1', 'h5')).toBe('/h5/wishes/w-1');
    expect(linkFor('/needs/n-1', 'console')).toBe('/claims/needs/n-1');
    expect(linkFor('/needs/n-1', 'partner')).toBe('/partner/needs/n-1');
    expect(linkFor('/orders/o-1', 'h5')).toBe('/h5/orders/o-1');
    expect(linkFor('/orders/o-1', 'console')).toBe('/claims/orders/o-1');
    expect(linkFor('/member-registrations', 'console')).toBe('/claims/registrations');
  });

  it('gives no link where no page shows the item, and none for foreign or empty links', () => {
    expect(linkFor('/needs/n-1', 'h5')).toBeNull();
    expect(linkFor('/cases/c-1', 'partner')).toBeNull();
    expect(linkFor('/h5/cases/c-1', 'console')).toBeNull();
    expect(linkFor('/somewhere/else', 'h5')).toBeNull();
    expect(linkFor('https://evil.example/x', 'console')).toBeNull();
    expect(linkFor(null, 'console')).toBeNull();
  });

  it('keeps console links it does not know as they are', () => {
    expect(linkFor('/dashboard', 'console')).toBe('/dashboard');
  });

  it('sends a liaison-only user to the liaison pages and staff to the console', () => {
    expect(consoleAreaOf(['partnerLiaison'])).toBe('partner');
    expect(consoleAreaOf(['partnerLiaison', 'partyMember'])).toBe('partner');
    expect(consoleAreaOf(['partnerLiaison', 'communityStaff'])).toBe('console');
    expect(consoleAreaOf(['gridWorker'])).toBe('console');
  });
});
