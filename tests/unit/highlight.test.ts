/**
 * The map highlight has one owner at a time (focus, open coverage cell, scene); closing the owner
 * clears it. The store tests load fresh store modules per test (no state shared between tests).
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { withHighlight, withoutHighlight } from '../../src/state/highlight';
import type { FeatureRef } from '../../src/types/domain';

const ROAD: FeatureRef = { layer: 'highways', id: 'hwy-xuwei' };
const PARK: FeatureRef = { layer: 'parks', id: 'park-a' };
const EMPTY = { highlighted: [] as readonly FeatureRef[], highlightOwner: null };

describe('highlight updaters', () => {
  test('the latest owner holds the highlight; releasing it clears only its own', () => {
    const cell = withHighlight(EMPTY, 'cell', [ROAD]);
    expect(cell).toEqual({ highlighted: [ROAD], highlightOwner: 'cell' });
    expect(withoutHighlight(cell, 'cell')).toEqual(EMPTY);
    const focused = withHighlight(cell, 'focus', [PARK]);
    expect(withoutHighlight(focused, 'cell')).toBe(focused);
    expect(withoutHighlight(focused, 'focus')).toEqual(EMPTY);
  });

  test('an empty highlight owns nothing, and clearing twice keeps the state object', () => {
    const none = withHighlight({ ...EMPTY, highlighted: [ROAD], highlightOwner: 'scene' as const }, 'focus', []);
    expect(none).toEqual(EMPTY);
    expect(withHighlight(none, 'cell', [])).toBe(none);
    expect(withoutHighlight(none, 'scene')).toBe(none);
  });
});

describe('the coverage cell and the highlight', () => {
  let stores: {
    coverage: typeof import('../../src/state/coverage');
    highlight: typeof import('../../src/state/highlight');
    selection: typeof import('../../src/state/selection');
  };
  beforeEach(async () => {
    vi.resetModules();
    stores = {
      coverage: await import('../../src/state/coverage'),
      highlight: await import('../../src/state/highlight'),
      selection: await import('../../src/state/selection'),
    };
  });
  const highlighted = () => stores.selection.useSelection.getState().highlighted;

  test('closing the open cell clears its highlight', () => {
    stores.coverage.openCell({ countyId: '530629', theme: 'transport' });
    stores.highlight.highlight('cell', [ROAD]);
    expect(highlighted()).toEqual([ROAD]);
    stores.coverage.openCell(null);
    expect(highlighted()).toEqual([]);
  });

  test('a task focused from the cell keeps its highlight when the cell closes', () => {
    stores.coverage.openCell({ countyId: '530629', theme: 'transport' });
    stores.highlight.highlight('cell', [ROAD]);
    stores.highlight.highlight('focus', [PARK]);
    stores.coverage.openCell(null);
    expect(highlighted()).toEqual([PARK]);
  });
});
