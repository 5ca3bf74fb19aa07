/**
 * The 添加规划 button (start-up bundle: only this button); the dialog and everything behind it
 * (decoders, worker client, review) load on first use.
 */
import { lazy, useState } from 'react';
import { LazyPart } from '../LazyPart';
import { useT } from '../../state/ui';

const AddPlanDialog = lazy(() => import('./AddPlanDialog'));

/** Opens the add-plan dialog. */
export function AddPlanButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="addplan-open" onClick={() => setOpen(true)} data-testid="addplan-open">
        {t('addplan.open')}
      </button>
      {open && (
        <LazyPart fallback={null}>
          <AddPlanDialog onClose={() => setOpen(false)} />
        </LazyPart>
      )}
    </>
  );
}
