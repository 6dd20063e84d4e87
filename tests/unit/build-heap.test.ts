import { describe, expect, test } from 'vitest';
import { keepHeapNearLiveData } from '../../src/site/build-heap.ts';

describe("the build's heap growth", () => {
  test('is set when nobody chose one', () => {
    expect(keepHeapNearLiveData([])).toBe(true);
    expect(keepHeapNearLiveData(['--inspect', '--max-old-space-size=4096'])).toBe(true);
  });

  test('keeps a value the user gave Node, in either spelling', () => {
    expect(keepHeapNearLiveData(['--heap-growing-percent=60'])).toBe(false);
    expect(keepHeapNearLiveData(['--max-old-space-size=4096', '--heap_growing_percent=10'])).toBe(false);
  });
});
