import { useEffect, useState } from 'react';

export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

/**
 * The projector is laid out once, at 1920×1080, and scaled as a whole to the window (1280×720
 * projectors get the same layout, smaller). Nothing inside is ever shrunk to make content fit.
 */
export function useStageScale(): number {
  const get = () => Math.min(window.innerWidth / STAGE_WIDTH, window.innerHeight / STAGE_HEIGHT);
  const [scale, setScale] = useState(get);
  useEffect(() => {
    const onResize = () => setScale(get());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return scale;
}
