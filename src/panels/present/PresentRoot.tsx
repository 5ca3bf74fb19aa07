import { PresenterOverlay } from './PresenterOverlay';
import { usePresentBoot } from './usePresentBoot';

/**
 * Everything of the presentation feature that lives outside its tab: the deck boot (applies a
 * `?scene=` link) and the presenter overlay. Loaded on demand by the shell.
 */
export function PresentRoot() {
  usePresentBoot(true);
  return <PresenterOverlay />;
}

export default PresentRoot;
