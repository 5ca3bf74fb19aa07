/** True when the system asks for reduced motion (camera moves jump, labels do not fade). */
export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
