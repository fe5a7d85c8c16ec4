import { geoEndpoints as ep } from '@linli/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call } from '../../../api/client';

/** Where the browser's position request stands: not asked, waiting for the person or the fix, refused, or found. */
export type LocationAsk = { state: 'idle' } | { state: 'asking' } | { state: 'unavailable'; why: string } | { state: 'found'; first: [number, number] };

/** Asks the browser for the phone's position once (with the person's permission); WGS-84, as the server stores. */
export function useMyLocation() {
  const [ask, setAsk] = useState<LocationAsk>({ state: 'idle' });
  const [pin, setPin] = useState<[number, number] | null>(null);
  const request = () => {
    if (!('geolocation' in navigator)) return setAsk({ state: 'unavailable', why: '这台手机的浏览器不支持定位，请选择所在楼栋或网格。' });
    setAsk({ state: 'asking' });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const at: [number, number] = [pos.coords.longitude, pos.coords.latitude];
        setAsk({ state: 'found', first: at });
        setPin(at);
      },
      (err) =>
        setAsk({
          state: 'unavailable',
          why:
            err.code === err.PERMISSION_DENIED
              ? '没有定位权限。可在浏览器设置中允许定位，或直接选择所在位置。'
              : '暂时无法定位，请稍后再试或直接选择所在位置。',
        }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  const clear = () => {
    setAsk({ state: 'idle' });
    setPin(null);
  };
  return { ask, pin, setPin, request, clear };
}

/** The grid, community and nearest building of the pin; idle without one. */
export function useLocate(pin: [number, number] | null) {
  return useQuery({
    queryKey: ['geo', 'locate', pin?.[0], pin?.[1]],
    queryFn: () => call(ep.locate, { query: { lng: pin![0], lat: pin![1] } }),
    enabled: pin !== null,
    staleTime: 5 * 60_000,
    // While a moved pin is being placed the last answer stays: the case keeps its coordinate (the server places it anyway).
    placeholderData: keepPreviousData,
  });
}
