import { STATUSES } from '../../geo/types';
import { COLORS, STATUS_LOOK, UNSTATED_LOOK } from '../../map/style/palette';
import { useData } from '../../state/data';
import { useT } from '../../state/ui';

/** A line swatch drawn as SVG with the status dash pattern. */
function LineSwatch({ color, dash, opacity }: { color: string; dash?: number[]; opacity: number }) {
  const dasharray = dash ? dash.map((d) => d * 3).join(' ') : undefined;
  return (
    <svg width="36" height="10" aria-hidden="true">
      <line x1="2" y1="5" x2="34" y2="5" stroke={color} strokeWidth="3" strokeDasharray={dasharray} opacity={opacity} />
    </svg>
  );
}

/** The legend: plan areas, context, status line styles, and the honesty notes. */
export function Legend() {
  const t = useT();
  const anyPlaced = useData((s) => s.added.some((p) => (p.placed?.length ?? 0) > 0));
  return (
    <section className="legend" aria-label={t('panel.legend')} data-testid="legend">
      <h2>{t('panel.legend')}</h2>
      <ul>
        <li><span className="swatch" style={{ background: COLORS.zhaotongFill }} />{t('legend.zhaotong')}</li>
        <li><span className="swatch" style={{ background: COLORS.luzhouFill }} />{t('legend.luzhou')}</li>
        <li><span className="swatch" style={{ background: COLORS.contextFill }} />{t('legend.context')}</li>
        <li><LineSwatch color={COLORS.river} opacity={1} />{t('legend.river')}</li>
        {STATUSES.map((s) => (
          <li key={s}>
            <LineSwatch color={COLORS.highway} dash={STATUS_LOOK[s].dash} opacity={STATUS_LOOK[s].opacity} />
            {t(`status.${s}`)}
          </li>
        ))}
        <li><LineSwatch color={COLORS.highway} dash={UNSTATED_LOOK.dash} opacity={UNSTATED_LOOK.opacity} />{t('status.unstated')}</li>
        <li><LineSwatch color={COLORS.railway} opacity={1} />{t('layer.railways')}</li>
        <li><LineSwatch color={COLORS.road} opacity={1} />{t('legend.road')}</li>
        <li><span className="swatch band" style={{ background: COLORS.corridor, opacity: 0.5 }} />{t('layer.corridors')}</li>
        <li><span className="swatch band" style={{ background: COLORS.belt, opacity: 0.5 }} />{t('legend.belt')}</li>
        <li><span className="dot" style={{ background: COLORS.park }} />{t('layer.parks')}</li>
        <li><span className="dot" style={{ background: COLORS.energy }} />{t('legend.energy')}</li>
        <li><span className="dot" style={{ background: COLORS.place }} />{t('layer.places')}</li>
        <li><span className="dot small" style={{ background: COLORS.seat }} />{t('layer.towns')}</li>
        {anyPlaced && <li data-testid="legend-planner"><span className="dot" style={{ background: COLORS.planner }} />{t('legend.planner')}</li>}
      </ul>
      <p className="note">{t('legend.schematic')}</p>
      <p className="note">{t('legend.approximate')}</p>
      <p className="note">{t('legend.towns')}</p>
    </section>
  );
}
