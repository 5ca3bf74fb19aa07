/**
 * Screen facts the presentation components need: the map's size on screen, and whether the planner
 * asked for reduced motion.
 */
import type { Viewport } from '../../present/types';
import { prefersReducedMotion } from '../../util/motion';

/** Size of the map in CSS pixels (the whole window when the map element is missing). */
export function mapViewport(): Viewport {
  const el = document.querySelector<HTMLElement>('[data-testid="map"]');
  const rect = el?.getBoundingClientRect();
  if (rect && rect.width > 0 && rect.height > 0) return { width: rect.width, height: rect.height };
  return { width: window.innerWidth, height: window.innerHeight };
}

/** The window in CSS pixels (the presenter's map fills it). */
export function windowViewport(): Viewport {
  return { width: window.innerWidth, height: window.innerHeight };
}

/** Camera move duration in ms: smooth, or instant when reduced motion is asked for. */
export function flightMs(): number {
  return prefersReducedMotion() ? 0 : 1600;
}
