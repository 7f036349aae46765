import { useRef } from 'react';
import { GenogramPicture } from './GenogramPicture.tsx';
import { usePinchZoom } from './usePinchZoom.ts';
import type { GenogramView } from './useGenogram.ts';
import { useT } from '../../i18n/useT.tsx';

/** The picture on a phone: fits the width, pinch or buttons to zoom, drag to move around. */
export function GenogramZoom({ view }: { view: GenogramView }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const { view: v, handlers, zoomIn, zoomOut, reset } = usePinchZoom();
  const size = () => ({ w: box.current?.clientWidth ?? 0, h: box.current?.clientHeight ?? 0 });
  return (
    <div className="cr-geno-zoom">
      <div className="cr-geno-zoom__frame" ref={box} {...handlers} data-testid="genogram-picture">
        <div style={{ transform: `translate(${v.x}px, ${v.y}px) scale(${v.scale})`, transformOrigin: '0 0' }}>
          <GenogramPicture view={view} className="cr-geno-svg" />
        </div>
      </div>
      <div className="govuk-button-group cr-geno-zoom__buttons">
        <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={() => zoomIn(size().w, size().h)}>
          {t('genogram.zoom.in')}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={() => zoomOut(size().w, size().h)}>
          {t('genogram.zoom.out')}
        </button>
        {v.scale > 1 ? (
          <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={reset}>
            {t('genogram.zoom.all')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
