import { useMemo } from 'react';
import type { StepProps } from '../steps.tsx';
import { genogramLegendSvg } from '../../../shared/genogram/svg.ts';
import { networkSentence } from '../../../shared/genogram/sentences.ts';
import { BoardProjector } from '../projector/BoardProjector.tsx';
import { GenogramPicture } from './GenogramPicture.tsx';
import { useGenogram } from './useGenogram.ts';
import { Both } from '../../i18n/Both.tsx';
import { useSharedScreenLocales } from '../../i18n/locale.ts';

/**
 * Step 3 on the projector: the tree as large as the screen allows (names 24 px and up at 1080p),
 * with the safety network and the key beside it. The projector has the shared document only, so
 * nothing restricted is here to draw. Until the tree is started, the step's board shows instead.
 */
export function GenogramProjector(props: StepProps) {
  const view = useGenogram();
  // The key in the conference's languages: Welsh, then English under each sample, for a bilingual conference.
  const locales = useSharedScreenLocales();
  const legend = useMemo(() => genogramLegendSvg(view.genogram, { audience: 'family', width: 640, locale: locales }), [view.genogram, locales]);
  if (!view.genogram.people.length) return <BoardProjector {...props} />;
  return (
    <div className="cr-proj-geno">
      <GenogramPicture view={{ ...view, audience: 'family' }} legend={false} network={false} compact className="cr-proj-geno__tree" />
      <aside className="cr-proj-geno__side">
        {view.genogram.network.length ? (
          <section aria-labelledby="proj-network-title">
            <h2 className="cr-proj-geno__heading" id="proj-network-title">
              <Both id="genogram.safetyNetwork" />
            </h2>
            <ul className="cr-proj-geno__network">
              {view.genogram.network.map((n) => (
                <li key={n.id}>{networkSentence(n, view.children, view.locale)}</li>
              ))}
            </ul>
          </section>
        ) : null}
        <div className="cr-proj-geno__legend" dangerouslySetInnerHTML={{ __html: legend }} />
      </aside>
    </div>
  );
}
