import { HOUSES, houseTitle, type House } from '../../../shared/rules/childVoice.ts';
import { useT } from '../../i18n/useT.tsx';
import type { Item } from '../../../shared/schema/item.ts';
import { ItemText } from '../board/ItemText.tsx';

/** CV1: one child's Three Houses side by side (stacked on a phone). */
export function HouseLists({ houses, idPrefix }: { houses: Record<House, readonly Item[]>; idPrefix: string }) {
  const t = useT();
  return (
    <div className="cr-houses">
      {HOUSES.map((h) => (
        <section key={h} className="cr-house" aria-labelledby={`${idPrefix}-${h}`}>
          <h4 className="govuk-heading-s" id={`${idPrefix}-${h}`}>
            {t(houseTitle(h))}
          </h4>
          {houses[h].length === 0 ? (
            <p className="govuk-body cr-empty">{t('childVoice.nothingYet')}</p>
          ) : (
            <ul className="cr-item-list">
              {houses[h].map((i) => (
                <li key={i.id} className={`cr-item${i.restricted ? ' cr-item--restricted' : ''}`}>
                  <ItemText item={i} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
