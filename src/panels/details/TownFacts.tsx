/**
 * Details of the 乡镇 layer and of plan features drawn on a town seat: the town's division code, how its
 * point was obtained, that the point is the seat (not the extent), and, for a railway, the stations it
 * passes. Pure rendering of feature properties; every value is text.
 */
import { displayName } from '../../geo/lookup';
import type { BaseProps, PlanFeature } from '../../geo/types';
import { useT, useUi } from '../../state/ui';

/** Extra properties of a town feature (towns.geojson). */
interface TownExtras {
  code?: string;
  pointSource?: 'amap' | 'geonames';
  extentKm?: number;
  placement?: string;
  stations?: string[];
}

/** The facts rows of a town: code, point source, seat-not-extent, the plan feature that stands for it. */
export function TownFacts({ props, twin }: { props: BaseProps; twin?: PlanFeature }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const p = props as BaseProps & TownExtras;
  return (
    <>
      {p.code && (<><dt>{t('details.townCode')}</dt><dd data-testid="details-town-code">{p.code}</dd></>)}
      <dt />
      <dd data-testid="details-town-seat">
        {t(p.pointSource === 'geonames' ? 'details.townPoint.geonames' : 'details.townPoint.amap')}
        {' '}{t('details.townSeat', { km: p.extentKm ?? '?' })}
      </dd>
      {twin && (<><dt /><dd data-testid="details-town-twin">{t('details.planTwin', { name: displayName(twin.properties, lang) })}</dd></>)}
    </>
  );
}

/** One line for a plan feature drawn on a town seat: "in or near <town>" or "on the seat of <town>". */
export function TownSiteLine({ props, town }: { props: BaseProps; town: PlanFeature | undefined }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const p = props as BaseProps & TownExtras;
  if (!town || p.uncertaintyKm === undefined) return null;
  const key = p.placement === 'near-town' ? 'details.nearTown' : 'details.onTownSeat';
  return <div data-testid="details-town-site">{t(key, { town: displayName(town.properties, lang), km: p.uncertaintyKm })}</div>;
}

/** The stations a railway passes, in order, and that the track between them is not known. */
export function StationList({ props }: { props: BaseProps }) {
  const t = useT();
  const stations = (props as BaseProps & TownExtras).stations;
  if (!Array.isArray(stations) || stations.length === 0) return null;
  return (
    <div data-testid="details-stations">
      {t('details.stations', { list: stations.join(' — ') })}
      <div className="muted">{t('details.trackUnknown')}</div>
    </div>
  );
}
